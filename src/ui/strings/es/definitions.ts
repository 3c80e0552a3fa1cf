/** Spanish definitions of the KPIs, keyed by code. WORKING TRANSLATION of the workbench's own paraphrases (see kpis.ts). */
export const DEFINITIONS: Record<string, string> = {
  'EC: ICT: ICT: 1C': 'El porcentaje de hogares de la ciudad con acceso a Internet, ya sea mediante una conexión fija o móvil.',
  'EC: ICT: ICT: 2C':
    'Las suscripciones de banda ancha fija (cableada) con una velocidad de descarga de al menos 256 kbit/s, por cada 100 hogares. No se cuentan las suscripciones móviles.',
  'EC: ICT: ICT: 3C': 'El número de suscripciones de banda ancha inalámbrica (móvil) en la ciudad por cada 100 000 habitantes.',
  'EC: ICT: ICT: 4C':
    'La parte de la ciudad cubierta por banda ancha inalámbrica, informada por separado para las redes 3G y 4G. Aquí se calcula como el porcentaje de habitantes que viven en zonas atendidas por cada tecnología.',
  'EC: ICT: ICT: 5A': 'El número de puntos de acceso wifi públicos disponibles en la ciudad.',
  'EC: ICT: WS: 1C': 'El porcentaje de contadores de agua de la ciudad que son contadores inteligentes.',
  'EC: ICT: WS: 2A': 'El porcentaje del sistema de distribución de agua de la ciudad supervisado mediante TIC, medido por longitud de red.',
  'EC: ICT: D: 1A': 'El porcentaje del sistema de drenaje y aguas pluviales, por longitud, supervisado mediante TIC.',
  'EC: ICT: ES: 1C': 'El porcentaje de contadores eléctricos de la ciudad que son contadores inteligentes.',
  'EC: ICT: ES: 2A': 'El porcentaje del sistema de suministro eléctrico de la ciudad supervisado mediante TIC.',
  'EC: ICT: ES: 3A': 'El porcentaje de clientes de electricidad con capacidad para participar en programas de respuesta a la demanda.',
  'EC: ICT: T: 1C':
    'El porcentaje de paradas y estaciones de transporte público que ofrecen a los viajeros información en tiempo real, al menos la próxima llegada, en la parada, en la web o en una aplicación.',
  'EC: ICT: T: 2C':
    'El porcentaje de las vías principales de la ciudad (solo arterias y autopistas) supervisadas mediante TIC, como sensores o cámaras, medido por longitud.',
  'EC: ICT: T: 3A': 'El porcentaje de intersecciones semaforizadas que usan control adaptativo del tráfico o prioridad.',
  'EC: ICT: PS: 1A':
    'Cuántos datos de la ciudad se publican como datos abiertos: el porcentaje de conjuntos de datos inventariados que son abiertos y el número de conjuntos de datos abiertos.',
  'EC: ICT: PS: 2A': 'El número de servicios públicos que la ciudad presta por medios electrónicos.',
  'EC: ICT: PS: 3A': 'El porcentaje de las actividades de contratación del sector público que se realizan electrónicamente.',
  'EC: P: IN: 1C': 'El gasto en investigación y desarrollo como porcentaje del producto interior bruto de la ciudad.',
  'EC: P: IN: 2C': 'El número de nuevas patentes concedidas al año por cada 100 000 habitantes.',
  'EC: P: IN: 3A': 'Las pequeñas y medianas empresas (menos de 250 empleados) como porcentaje de todas las empresas de la ciudad.',
  'EC: P: EM: 1C':
    'El porcentaje de la población activa de la ciudad que está desempleada, según la definición de la OIT (sin trabajo, disponible y habiendo buscado trabajo en las últimas cuatro semanas). Puede usarse directamente una estadística oficial de la ciudad.',
  'EC: P: EM: 2C': 'El porcentaje de la población activa joven (15–24 años) que está desempleada.',
  'EC: P: EM: 3A': 'El porcentaje de la población activa de la ciudad empleada en el sector turístico.',
  'EC: P: EM: 4A': 'El porcentaje de la población activa de la ciudad empleada en el sector de las TIC.',
  'EC: I: WS: 1C': 'El porcentaje de hogares con acceso a un suministro básico de agua.',
  'EC: I: WS: 2C': 'El porcentaje de hogares con un servicio de agua potable gestionado de forma segura.',
  'EC: I: WS: 3C': 'El porcentaje del agua suministrada a la red de distribución que se pierde antes de llegar a los consumidores.',
  'EC: I: WS: 4C': 'El porcentaje de hogares atendidos por un sistema de recogida de aguas residuales.',
  'EC: I: WS: 5C': 'El porcentaje de hogares con acceso a instalaciones básicas de saneamiento.',
  'EC: I: WA: 1C': 'El porcentaje de hogares que reciben una recogida regular de residuos sólidos.',
  'EC: I: ES: 1C':
    'El número medio de interrupciones eléctricas que sufre un cliente en un año (SAIFI, IEEE 1366): el total de interrupciones a clientes en 12 meses dividido entre el número de clientes atendidos.',
  'EC: I: ES: 2C':
    'La duración media de una interrupción eléctrica en minutos (CAIDI): la duración total de las interrupciones a clientes en 12 meses dividida entre el número de interrupciones.',
  'EC: I: ES: 3C': 'El porcentaje de hogares con una conexión autorizada a la electricidad.',
  'EC: I: T: 1C': 'La longitud de la red de transporte público en kilómetros por cada 100 000 habitantes.',
  'EC: I: T: 2A': 'El porcentaje de habitantes que viven a menos de 0,5 km de una parada de transporte público.',
  'EC: I: T: 3C': 'La longitud de carriles y vías ciclistas en kilómetros por cada 100 000 habitantes.',
  'EC: I: T: 4A':
    'Cómo se desplazan las personas al trabajo: el porcentaje que usa cada modo principal (transporte público, vehículo privado, a pie, bicicleta, transporte informal).',
  'EC: I: T: 5A':
    'La relación entre el tiempo de viaje en los periodos punta y el tiempo de viaje con tráfico fluido, ambos en minutos. Un valor de 1,30 significa que un viaje de 20 minutos con tráfico fluido dura 26 minutos en hora punta; 1,0 significa que no hay congestión.',
  'EC: I: T: 6A': 'El número de bicicletas compartidas disponibles por cada 100 000 habitantes.',
  'EC: I: T: 7A': 'El número de vehículos compartidos disponibles por cada 100 000 habitantes.',
  'EC: I: T: 8A': 'El porcentaje de vehículos de pasajeros matriculados que son de bajas emisiones de carbono.',
  'EC: I: B: 1A':
    'El porcentaje de la superficie de los edificios públicos que cuenta con una certificación de sostenibilidad reconocida para su funcionamiento.',
  'EC: I: B: 2A': 'El porcentaje de edificios públicos que usan un sistema integrado de gestión del edificio basado en TIC.',
  'EC: I: UP: 1A': 'El porcentaje de la superficie de la ciudad designada como zona peatonal o sin coches.',
  'EC: I: UP: 2A':
    'Si la ciudad cuenta con estrategias o documentos de desarrollo urbano y ordenación territorial que aborden cada uno de cinco atributos: desarrollo compacto, conectado, integrado, inclusivo y resiliente.',
  'EN: EN: AQ: 1C':
    'La calidad del aire medida como la concentración de cinco contaminantes: partículas (PM10 y PM2,5), dióxido de nitrógeno, dióxido de azufre y ozono, cada uno informado por separado.',
  'EN: EN: AQ: 2C': 'Las emisiones totales de gases de efecto invernadero de la ciudad en toneladas de CO2 equivalente por habitante y año.',
  'EN: EN: WS: 1C': 'El porcentaje de hogares cuya agua potable está cubierta por un plan de seguridad del agua auditado.',
  'EN: EN: WS: 2C': 'El consumo total de agua de la ciudad por habitante, en litros por día.',
  'EN: EN: WS: 3C':
    'El agua dulce extraída de fuentes subterráneas o superficiales para el uso de la ciudad, por habitante, en m³ por año. Un valor creciente significa más presión sobre los recursos de agua dulce.',
  'EN: EN: WS: 4C':
    'El porcentaje de las aguas residuales de la ciudad que recibe tratamiento primario, secundario y terciario, cada uno informado por separado.',
  'EN: EN: WA: 1C':
    'Cómo se eliminan los residuos sólidos de la ciudad: el porcentaje tratado por cada vía (vertedero controlado, quema a cielo abierto, incineración, basural a cielo abierto, reciclaje, otra).',
  'EN: EN: EQ: 1C':
    'El porcentaje de emplazamientos de antenas de redes móviles que cumplen las directrices de exposición a campos electromagnéticos respaldadas por la OMS.',
  'EN: EN: EQ: 2A': 'El porcentaje de habitantes expuestos a niveles de ruido excesivos.',
  'EN: EN: PSN: 1C': 'La superficie de zonas verdes de la ciudad en hectáreas por cada 100 000 habitantes.',
  'EN: EN: PSN: 2A': 'El porcentaje de habitantes con acceso a una zona verde a una distancia a pie determinada.',
  'EN: EN: PSN: 3A': 'El porcentaje de la superficie de la ciudad designada como espacio natural protegido.',
  'EN: EN: PSN: 4A': 'La superficie de instalaciones recreativas públicas por cada 100 000 habitantes.',
  'EN: E: E: 1C': 'La energía procedente de fuentes renovables como porcentaje del consumo total de energía de la ciudad.',
  'EN: E: E: 2C': 'El consumo de electricidad de la ciudad en kilovatios hora por habitante y año.',
  'EN: E: E: 3C': 'La energía térmica que usan los edificios residenciales (calefacción, refrigeración, agua caliente) en gigajulios por habitante y año.',
  'EN: E: E: 4A': 'El consumo anual de energía de los edificios públicos por metro cuadrado de superficie, en kilovatios hora equivalentes.',
  'SC: EH: ED: 1C': 'El porcentaje de estudiantes con acceso a equipos TIC en el aula.',
  'SC: EH: ED: 2C': 'El porcentaje de la población en edad escolar matriculada en la escuela.',
  'SC: EH: ED: 3C': 'El número de personas con un título de educación superior por cada 100 000 habitantes.',
  'SC: EH: ED: 4C': 'El porcentaje de la población adulta que sabe leer y escribir.',
  'SC: EH: ED: 5A': 'El porcentaje de habitantes de la ciudad que tienen una historia clínica electrónica.',
  'SC: EH: H: 1C': 'La esperanza de vida media al nacer de la población de la ciudad, en años.',
  'SC: EH: H: 2C': 'El número de muertes maternas por cada 100 000 nacidos vivos.',
  'SC: EH: H: 3C': 'El número de médicos por cada 100 000 habitantes.',
  'SC: EH: H: 4A': 'El número de camas de hospitalización por cada 100 000 habitantes.',
  'SC: EH: H: 5A': 'El porcentaje de habitantes cubiertos por un seguro de salud o un sistema público de salud.',
  'SC: EH: C: 1C': 'El gasto en patrimonio cultural como porcentaje del presupuesto municipal.',
  'SC: EH: C: 2A': 'El número de instituciones culturales (como museos, teatros y bibliotecas) por cada 100 000 habitantes.',
  'SC: SH: HO: 1C': 'El porcentaje de habitantes que viven en barrios marginales, asentamientos informales o viviendas inadecuadas.',
  'SC: SH: HO: 2A': 'La parte del ingreso de los hogares que se destina a la vivienda, informada directamente como porcentaje.',
  'SC: SH: SI: 1C':
    'La relación entre la remuneración media por hora de las trabajadoras y la de los trabajadores; 1,0 significa paridad. Se introduce aquí como dos datos (remuneración media por hora de mujeres y de hombres) cuyo cociente es la relación, o directamente como relación.',
  'SC: SH: SI: 2C': 'El coeficiente de Gini de la distribución del ingreso en la ciudad, de 0 (igualdad perfecta) a 1 (desigualdad máxima).',
  'SC: SH: SI: 3C': 'El porcentaje de habitantes que viven en pobreza de ingresos.',
  'SC: SH: SI: 4C': 'La participación en las últimas elecciones municipales: los votos emitidos como porcentaje de la población con derecho a voto.',
  'SC: SH: SI: 5A': 'El porcentaje de niños en edad preescolar (0–3 años) atendidos por guarderías públicas o privadas.',
  'SC: SH: SA: 1C': 'El número de muertes causadas por desastres naturales por cada 100 000 habitantes.',
  'SC: SH: SA: 2C': 'Las pérdidas económicas causadas por desastres naturales como porcentaje del producto interior bruto de la ciudad.',
  'SC: SH: SA: 3A':
    'Si la ciudad ha implantado evaluaciones de riesgo y vulnerabilidad, planes financieros (de capital y de funcionamiento) y sistemas técnicos para la mitigación de desastres.',
  'SC: SH: SA: 4A': 'El porcentaje de habitantes que viven en zonas propensas a desastres naturales.',
  'SC: SH: SA: 5A': 'El tiempo medio que tardan los servicios de emergencia en responder a una llamada, en minutos.',
  'SC: SH: SA: 6C': 'El número de agentes de policía (equivalentes a tiempo completo) por cada 100 000 habitantes.',
  'SC: SH: SA: 7C': 'El número de bomberos (equivalentes a tiempo completo) por cada 100 000 habitantes.',
  'SC: SH: SA: 8C': 'El número de delitos violentos registrados por cada 100 000 habitantes al año.',
  'SC: SH: SA: 9C': 'El número de muertes por accidentes de tráfico por cada 100 000 habitantes al año.',
  'SC: SH: FS: 1A': 'El porcentaje del suministro de alimentos de la ciudad que se produce a menos de 100 km de la zona urbana.',
};
