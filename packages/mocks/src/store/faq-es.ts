import type { Faq } from '@tessera/core';
import { CONTACT, em, link, ol, p, strong, ul } from './rich.js';

const { servicePhone, serviceTel, fraudPhone, fraudTel, messagesUrl, supportEmail } = CONTACT;

/** The same entries as the English FAQ, with the same ids. */
export function seedFaqEs(): Faq {
  return {
    locale: 'es',
    topics: [
      { id: 'payments', label: 'Pagos' },
      { id: 'autopay', label: 'Pago automático' },
      { id: 'card-lock', label: 'Bloqueo de tarjeta' },
      { id: 'credit-score', label: 'Puntaje de crédito' },
      { id: 'title', label: 'Título del vehículo' },
      { id: 'disputes', label: 'Disputas' },
      { id: 'contact', label: 'Contáctenos' },
    ],
    entries: [
      {
        id: 'payment-cutoff',
        topic: 'payments',
        question: '¿Cuál es la hora límite para un pago el mismo día?',
        keywords: ['plazo', 'mismo día', 'a tiempo', 'cutoff'],
        answer: [
          p('Los pagos hechos antes de las ', strong('5:00 p. m., hora del Centro'), ', en un día hábil se acreditan ese mismo día.'),
          p('Los pagos hechos después de la hora límite, en fin de semana o en un feriado bancario se acreditan el siguiente día hábil.'),
        ],
      },
      {
        id: 'payment-methods',
        topic: 'payments',
        question: '¿De qué formas puedo pagar?',
        keywords: ['pagar por teléfono', 'pagar por correo', 'opciones'],
        answer: [
          p('Puede pagar de cualquiera de estas formas:'),
          ul(
            'En línea o en la aplicación, desde una cuenta de cheques o de ahorros que haya guardado',
            ['Por teléfono al ', link(serviceTel, servicePhone), ' (un representante puede tomar su pago sin costo)'],
            ['Por correo: envíe un cheque con el talón de su estado de cuenta a ', strong(CONTACT.mailLines.join(', '))],
          ),
          p('Los cheques por correo pueden tardar ', em('de 7 a 10 días hábiles'), ' en llegar; si su fecha de vencimiento está cerca, pague en línea.'),
        ],
      },
      {
        id: 'payment-posting',
        topic: 'payments',
        question: '¿Cuándo se verá mi pago en mi cuenta?',
        keywords: ['acreditado', 'pendiente', 'procesando'],
        answer: [
          p('Su pago se acredita en la fecha de pago que elija. Puede tardar ', strong('de 1 a 2 días hábiles'), ' en verse en su saldo y en su crédito disponible.'),
        ],
      },
      {
        id: 'payment-cancel',
        topic: 'payments',
        question: '¿Puedo cambiar o cancelar un pago programado?',
        keywords: ['modificar', 'eliminar', 'detener un pago'],
        answer: [
          p('Sí. Puede cambiar o cancelar un pago programado hasta las ', strong('5:00 p. m., hora del Centro, del día hábil anterior'), ' a la fecha de pago.'),
          p('Después de esa hora, el pago ya va en camino a su banco. Llámenos al ', link(serviceTel, servicePhone), ' si necesita ayuda.'),
        ],
      },
      {
        id: 'payment-add-bank',
        topic: 'payments',
        question: '¿Cómo agrego una cuenta bancaria para pagar?',
        keywords: ['cuenta de cheques', 'ahorros', 'número de ruta', 'cuenta bancaria'],
        answer: [
          ol(
            'Elija Hacer un pago y luego Agregar una cuenta bancaria.',
            ['Escriba el ', strong('número de ruta de 9 dígitos'), ' y su número de cuenta. Ambos aparecen en la parte inferior de sus cheques.'],
            'Elija cuenta de cheques o de ahorros y guarde.',
          ),
          p('Solo mostramos los últimos cuatro dígitos de su número de cuenta.'),
        ],
      },
      {
        id: 'payment-late-fee',
        topic: 'payments',
        question: '¿Qué pasa si mi pago llega tarde?',
        keywords: ['cargo por pago atrasado', 'recargo', 'multa', 'pago vencido', 'late fee', 'cargo por mora'],
        answer: [
          p('Si no recibimos al menos su pago mínimo antes de las ', strong('5:00 p. m., hora del Centro, de su fecha de vencimiento'), ', cobramos un cargo por pago atrasado de hasta ', strong('$41'), '.'),
          p('Llámenos al ', link(serviceTel, servicePhone), ' lo antes posible: muchas veces podemos ayudarle a evitar el próximo.'),
        ],
      },
      {
        id: 'autopay-enroll',
        topic: 'autopay',
        question: '¿Cómo activo el pago automático?',
        keywords: ['autopago', 'Auto Pay', 'autopay', 'débito automático', 'pagos recurrentes', 'inscribirme'],
        answer: [
          ol('Abra su cuenta y elija Pago automático.', 'Elija el monto y la cuenta bancaria desde la que pagará.', 'Elija la fecha del primer pago y confirme.'),
          p('El primer pago automático puede tardar hasta ', em('un ciclo de facturación'), ' en comenzar. Siga pagando hasta que lo vea programado.'),
        ],
      },
      {
        id: 'autopay-amounts',
        topic: 'autopay',
        question: '¿Qué monto pagará el pago automático?',
        keywords: ['autopago', 'Auto Pay', 'pago mínimo', 'monto fijo'],
        answer: [
          p('Usted elige una de estas opciones cada mes:'),
          ul(
            [strong('Pago mínimo'), ' (tarjetas de crédito)'],
            [strong('Saldo del estado de cuenta'), ' (tarjetas de crédito), que evita intereses en las compras'],
            [strong('Monto a pagar'), ' (préstamos de vehículo), su cuota regular'],
            [strong('Un monto fijo'), ' que usted define'],
          ),
        ],
      },
      {
        id: 'autopay-extra',
        topic: 'autopay',
        question: '¿Qué pasa con el dinero adicional que agrego al pago automático de mi préstamo?',
        keywords: ['autopago', 'Auto Pay', 'capital', 'pago adicional'],
        answer: [
          p('El dinero adicional se aplica a su ', strong('saldo de capital'), ' después de pagar su cuota regular. No cambia su próxima fecha de vencimiento y puede acortar su préstamo.'),
        ],
      },
      {
        id: 'autopay-stop',
        topic: 'autopay',
        question: '¿Cómo cancelo el pago automático?',
        keywords: ['autopago', 'Auto Pay', 'desactivar', 'cancelar'],
        answer: [
          p('Abra Pago automático en su cuenta y elija Desactivar. Los cambios hechos antes de las ', strong('5:00 p. m., hora del Centro'), ', al menos 3 días hábiles antes de un pago se aplican a ese pago.'),
          p('Recuerde hacer sus pagos de otra forma después de desactivarlo.'),
        ],
      },
      {
        id: 'lock-what',
        topic: 'card-lock',
        question: '¿Qué pasa cuando bloqueo mi tarjeta?',
        keywords: ['bloquear tarjeta', 'congelar', 'pausar', 'desbloquear', 'lock'],
        answer: [
          p('Mientras su tarjeta está bloqueada, se ', strong('rechazan'), ':'),
          ul('Compras nuevas en tiendas, en línea y por teléfono', 'Adelantos de efectivo y retiros en cajeros automáticos', 'Transferencias de saldo'),
          p('Esto ', strong('sí se procesa'), ':'),
          ul('Cargos recurrentes y suscripciones que activó antes de bloquearla', 'Pagos, créditos y reembolsos a su cuenta'),
        ],
      },
      {
        id: 'lock-vs-report',
        topic: 'card-lock',
        question: '¿Debo bloquear mi tarjeta o reportarla como perdida o robada?',
        keywords: ['congelar', 'tarjeta perdida', 'tarjeta robada', 'fraude'],
        answer: [
          p('Bloquee su tarjeta si la ', em('extravió'), ' y cree que la encontrará. Puede desbloquearla en cualquier momento.'),
          p('Si la perdió, se la robaron o ve cargos que no hizo, llámenos de inmediato al ', link(fraudTel, fraudPhone), '. Cerraremos la tarjeta y le enviaremos una nueva.'),
        ],
      },
      {
        id: 'lock-authorized-user',
        topic: 'card-lock',
        question: '¿Puedo bloquear la tarjeta de un usuario autorizado?',
        keywords: ['congelar', 'tarjeta adicional'],
        answer: [
          p('Sí. Como titular principal puede bloquear y desbloquear todas las tarjetas de su cuenta. Bloquear una tarjeta no bloquea las demás.'),
        ],
      },
      {
        id: 'lock-relock',
        topic: 'card-lock',
        question: '¿Mi tarjeta puede volver a bloquearse sola después de desbloquearla?',
        keywords: ['congelar', 'desbloquear', 'bloqueo automático'],
        answer: [
          p('Sí. Al desbloquear una tarjeta puede elegir que se bloquee otra vez automáticamente después de ', strong('15 minutos, 1 hora o 24 horas'), ', algo útil para una sola compra.'),
        ],
      },
      {
        id: 'score-which',
        topic: 'credit-score',
        question: '¿Qué puntaje de crédito muestran?',
        keywords: ['FICO', 'informe de crédito', 'buró', 'TransUnion'],
        answer: [
          p('Mostramos su ', strong('FICO® Score 8'), ' con datos de ', strong('TransUnion'), '. Otros prestamistas pueden usar otros puntajes, así que el suyo puede ser distinto al que ellos ven.'),
        ],
      },
      {
        id: 'score-update',
        topic: 'credit-score',
        question: '¿Cada cuánto se actualiza mi puntaje?',
        answer: [p('Una vez al mes, alrededor del día 15. La fecha de la última actualización aparece junto a su puntaje.')],
      },
      {
        id: 'score-impact',
        topic: 'credit-score',
        question: '¿Consultar mi puntaje lo baja?',
        keywords: ['consulta dura', 'consulta suave', 'afecta mi puntaje'],
        answer: [p('No. Consultar su propio puntaje aquí es una ', em('consulta suave'), ' y nunca afecta su crédito.')],
      },
      {
        id: 'score-factors',
        topic: 'credit-score',
        question: '¿Qué son los factores clave?',
        answer: [
          p('Los factores clave son lo que más ayuda o perjudica su puntaje en este momento, por ejemplo:'),
          ul('Su historial de pagos', 'Qué parte de sus límites de crédito usa', 'Cuánto tiempo tiene con crédito', 'Solicitudes de crédito recientes'),
          p('Obtenga más información en ', link('https://www.example.com/credit-education', 'nuestro centro de educación financiera'), '.'),
        ],
      },
      {
        id: 'title-timeline',
        topic: 'title',
        question: '¿Cuándo recibiré mi título después de liquidar mi préstamo?',
        keywords: ['liberación del gravamen', 'liquidación', 'pink slip'],
        answer: [
          p('La mayoría de los títulos se liberan dentro de ', strong('10 días hábiles'), ' después de que se acredita su último pago. Los títulos por correo tardan de 7 a 10 días más en llegar.'),
          p('Los pagos con cheque pueden tardar hasta 10 días más en acreditarse.'),
        ],
      },
      {
        id: 'title-electronic',
        topic: 'title',
        question: '¿Qué es un estado con títulos electrónicos?',
        answer: [
          p('Algunos estados guardan los títulos de forma electrónica. En esos estados ', strong('liberamos el gravamen electrónicamente'), ' y el estado lo registra a usted como dueño, sin ningún prestamista.'),
          p('Si quiere un título en papel, pídalo a la agencia de vehículos motorizados de su estado después de que se registre la liberación.'),
        ],
      },
      {
        id: 'title-moved',
        topic: 'title',
        question: 'Me mudé a otro estado. ¿Qué pasa con mi título?',
        answer: [
          p('Liberamos el gravamen en el estado donde el vehículo está titulado hoy. Si todavía no registró el vehículo en su nuevo estado, comuníquese con la agencia de vehículos motorizados de ese estado.'),
          p('Envíenos su nueva dirección por ', link(messagesUrl, 'mensaje seguro'), ' para que un título en papel le llegue.'),
        ],
      },
      {
        id: 'title-missing',
        topic: 'title',
        question: 'Mi título no ha llegado. ¿Qué debo hacer?',
        answer: [
          ol(
            'Revise el número de rastreo en el estado de su título, si lo tiene.',
            'Confirme que tengamos su dirección postal actual.',
            ['Si pasaron más de 30 días desde que se envió el título, llámenos al ', link(serviceTel, servicePhone), '.'],
          ),
        ],
      },
      {
        id: 'dispute-charge',
        topic: 'disputes',
        question: '¿Cómo disputo un cargo en mi tarjeta?',
        keywords: ['contracargo', 'fraude', 'cargo equivocado', 'comercio'],
        answer: [
          p('Primero, comuníquese con el comercio: muchos problemas se resuelven más rápido así. Si no funciona, dispute el cargo dentro de los ', strong('60 días'), ' siguientes a la fecha del estado de cuenta.'),
          ul(['Envíenos un ', link(messagesUrl, 'mensaje seguro'), ' con la fecha, el monto y el comercio'], ['O llame al ', link(serviceTel, servicePhone)]),
          p('No paga el monto en disputa mientras lo investigamos.'),
        ],
      },
      {
        id: 'dispute-report',
        topic: 'disputes',
        question: '¿Cómo disputo algo en mi informe de crédito?',
        answer: [
          p('Comuníquese con la agencia de crédito que muestra la información, o envíenos un ', link(messagesUrl, 'mensaje seguro'), ' si se trata de una cuenta con nosotros. Incluya una copia de sus ', em('documentos de respaldo'), '.'),
        ],
      },
      {
        id: 'contact-hours',
        topic: 'contact',
        question: '¿Cuándo puedo llamarles?',
        keywords: ['número de teléfono', 'servicio al cliente', 'abierto', 'cerrado'],
        answer: [
          ul(
            ['Servicio al cliente, ', link(serviceTel, servicePhone), ': de lunes a viernes de 7 a. m. a 9 p. m. y sábados de 8 a. m. a 5 p. m., hora del Centro'],
            ['Tarjetas perdidas o robadas y fraude, ', link(fraudTel, fraudPhone), ': ', strong('las 24 horas, los 7 días de la semana')],
          ),
        ],
      },
      {
        id: 'contact-message',
        topic: 'contact',
        question: '¿Cómo envío un mensaje seguro?',
        answer: [
          p('Inicie sesión y vaya a ', link(messagesUrl, 'Mensajes'), '. Respondemos en ', strong('1 día hábil'), '.'),
          p('Si no puede iniciar sesión, escriba a ', link(`mailto:${supportEmail}`, supportEmail), '. ', strong('Nunca'), ' envíe números de cuenta por correo electrónico.'),
        ],
      },
    ],
  };
}
