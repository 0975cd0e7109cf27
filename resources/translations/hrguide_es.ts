<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="30" />
        <source>Program id</source>
        <translation>Id. del programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="31" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="32" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="33" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="34" />
        <source>CIP code</source>
        <translation>Código CIP</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="35" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="36" />
        <source>Award level</source>
        <translation>Nivel del título</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="37" />
        <source>Online (school-wide)</source>
        <translation>En línea (toda la escuela)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="38" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="39" />
        <source>In-state tuition and fees</source>
        <translation>Matrícula y cuotas para residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="40" />
        <source>Out-of-state tuition and fees</source>
        <translation>Matrícula y cuotas para no residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="41" />
        <source>Tuition year</source>
        <translation>Año de la matrícula</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="42" />
        <source>Graduates {period}</source>
        <translation>Titulados {period}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="43" />
        <source>Graduates' median earnings, program family ({source})</source>
        <translation>Ingresos medianos de los titulados, familia de programas ({source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="46" />
        <source>Graduates' median debt, program family ({source})</source>
        <translation>Deuda mediana de los titulados, familia de programas ({source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="49" />
        <source>Average net price ({source})</source>
        <translation>Precio neto promedio ({source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="52" />
        <source>Miles from home school</source>
        <translation>Millas desde la escuela de referencia</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="64" />
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="69" />
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>Escriba el PIN de administrador para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="77" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="88" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="94" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="106" />
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {n} s.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/admin.py" line="111" />
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hrguide/app.py" line="90" />
        <source>The site configuration has an error, so the guide will not start:

{error}

Ask your IT staff to correct the file.</source>
        <translation>La configuración del sitio tiene un error, así que la guía no se abrirá:

{error}

Pida al personal de informática que corrija el archivo.</translation>
    </message>
    <message>
        <location filename="../../hrguide/app.py" line="136" />
        <source>Something went wrong. The guide will go on; if it happens again, restart it.</source>
        <translation>Algo salió mal. La guía sigue funcionando; si vuelve a pasar, reiníciela.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="93" />
        <source>Health Records Career Guide</source>
        <translation>Guía de carreras en registros de salud</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="95" />
        <source>Touch anywhere to explore careers in health records</source>
        <translation>Toque la pantalla para explorar carreras en registros de salud</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="129" />
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="16" />
        <source>Certificates of less than 12 weeks</source>
        <translation>Certificado de menos de 12 semanas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="17" />
        <source>Certificates of at least 12 weeks but less than 1 year</source>
        <translation>Certificado de al menos 12 semanas y menos de 1 año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="18" />
        <source>Certificates of at least 1 but less than 2 years</source>
        <translation>Certificado de al menos 1 año y menos de 2</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="19" />
        <source>Associate's degree</source>
        <translation>Grado de asociado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="20" />
        <source>Certificates of at least 2 but less than 4 years</source>
        <translation>Certificado de al menos 2 años y menos de 4</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="21" />
        <source>Bachelor's degree</source>
        <translation>Título de licenciatura</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="22" />
        <source>Postbaccalaureate certificate</source>
        <translation>Certificado posterior a la licenciatura</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="23" />
        <source>Master's degree</source>
        <translation>Título de maestría</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="24" />
        <source>Post-master's certificate</source>
        <translation>Certificado posterior a la maestría</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="25" />
        <source>Doctor's degree - research/scholarship</source>
        <translation>Doctorado: investigación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="26" />
        <source>Doctor's degree - professional practice</source>
        <translation>Doctorado: práctica profesional</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="27" />
        <source>Doctor's degree - other</source>
        <translation>Doctorado: otro</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="28" />
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="31" />
        <source>Sort the list by</source>
        <translation>Ordenar la lista por</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="53" />
        <source>as listed</source>
        <translation>como aparece</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="70" />
        <source>▲ Ascending</source>
        <translation>▲ Ascendente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="72" />
        <source>▼ Descending</source>
        <translation>▼ Descendente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="75" />
        <source>Order: ascending</source>
        <translation>Orden: ascendente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/card_sort.py" line="77" />
        <source>Order: descending</source>
        <translation>Orden: descendente</translation>
    </message>
</context>
<context>
    <name>CareerCard</name>
    <message>
        <location filename="../../hrguide/ui/pages/careers.py" line="72" />
        <source>Median pay {pay} a year · Job growth {growth} ({period})</source>
        <translation>Salario mediano {pay} al año · Crecimiento del empleo {growth} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/careers.py" line="83" />
        <source>Explore this career</source>
        <translation>Conocer esta carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/careers.py" line="87" />
        <source>Explore {career}</source>
        <translation>Conocer: {career}</translation>
    </message>
</context>
<context>
    <name>CareerProfileView</name>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="65" />
        <source>Also called: {titles}</source>
        <translation>También se llama: {titles}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="77" />
        <source>How the figures are counted: {note}</source>
        <translation>Cómo se cuentan las cifras: {note}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="86" />
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="99" />
        <source>Skills and knowledge</source>
        <translation>Habilidades y conocimientos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="104" />
        <source>**Most important skills:** {skills}</source>
        <translation>**Habilidades más importantes:** {skills}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="113" />
        <source>**Knowledge used most:** {knowledge}</source>
        <translation>**Conocimientos más usados:** {knowledge}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="122" />
        <source>O*NET has not yet rated skills and education for this occupation; these ratings describe the former, broader occupation (O*NET code {code}).</source>
        <translation>O*NET todavía no ha valorado las habilidades y los estudios de esta ocupación; estas valoraciones describen la ocupación anterior, más amplia (código O*NET {code}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="133" />
        <source>Education</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="139" />
        <source>Typical education for entry (BLS): {level}</source>
        <translation>Estudios habituales para empezar (BLS): {level}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="209" />
        <source>What workers say the job requires:</source>
        <translation>Lo que los trabajadores dicen que exige el trabajo:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="149" />
        <source>Credentials that help</source>
        <translation>Credenciales que ayudan</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="151" />
        <source>Requirements as stated by:</source>
        <translation>Requisitos según:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="157" />
        <source>Related careers</source>
        <translation>Carreras relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="202" />
        <source>Open {career}</source>
        <translation>Abrir: {career}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="178" />
        <source>Compare with other careers</source>
        <translation>Comparar con otras carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="221" />
        <source>Median pay</source>
        <translation>Sueldo mediano</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="226" />
        <source>Middle half earn</source>
        <translation>La mitad central gana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="231" />
        <source>Job growth</source>
        <translation>Crecimiento del empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/career_profile.py" line="236" />
        <source>Openings a year ({period} average)</source>
        <translation>Vacantes al año (promedio {period})</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="28" />
        <source>Degree required</source>
        <translation>Título requerido</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="29" />
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="30" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="31" />
        <source>Key skills</source>
        <translation>Habilidades clave</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="32" />
        <source>Job growth</source>
        <translation>Crecimiento del empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="33" />
        <source>Median salary</source>
        <translation>Salario mediano</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="34" />
        <source>Typical entry education (BLS)</source>
        <translation>Estudios habituales para empezar (BLS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="35" />
        <source>Openings per year</source>
        <translation>Vacantes por año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="36" />
        <source>Job growth, earlier projection</source>
        <translation>Crecimiento del empleo, proyección anterior</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="37" />
        <source>Median salary, earlier survey</source>
        <translation>Salario mediano, encuesta anterior</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="48" />
        <source>{period}, older figure</source>
        <translation>{period}, cifra antigua</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="56" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="67" />
        <source>{count} a year ({period} average)</source>
        <translation>{count} al año (promedio {period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="93" />
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="94" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="105" />
        <source>highest</source>
        <translation>el más alto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare.py" line="106" />
        <source>lowest</source>
        <translation>el más bajo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="15" />
        <source>US dollars a year</source>
        <translation>dólares estadounidenses al año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="16" />
        <source>percent change over the projection period</source>
        <translation>cambio porcentual en el período de la proyección</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="17" />
        <source>openings a year, average over the projection</source>
        <translation>vacantes al año, promedio de la proyección</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="63" />
        <source>the published figure is a lower bound</source>
        <translation>la cifra publicada es un mínimo</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="78" />
        <source>Compare careers</source>
        <translation>Comparar carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="81" />
        <source>Pick two to four careers. ▲ marks the highest figure in a row and ▼ the lowest; hover over or select a cell to see its source.</source>
        <translation>Elija de dos a cuatro carreras. ▲ marca la cifra más alta de cada fila y ▼ la más baja; señale o seleccione una celda para ver su fuente.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="91" />
        <source>Careers to compare (2 to 4):</source>
        <translation>Carreras para comparar (de 2 a 4):</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="94" />
        <source>Careers to compare</source>
        <translation>Carreras para comparar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="95" />
        <source>Check two to four careers</source>
        <translation>Marque de dos a cuatro carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="103" />
        <source>Also show the source article's earlier figures</source>
        <translation>Mostrar también las cifras anteriores del artículo de origen</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="105" />
        <source>Show earlier figures</source>
        <translation>Mostrar cifras anteriores</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="115" />
        <source>Comparison grid</source>
        <translation>Tabla comparativa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="134" />
        <source>Click a career's name to open its page</source>
        <translation>Haga clic en el nombre de una carrera para abrir su página</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="153" />
        <source>☆ Add these careers to the shortlist</source>
        <translation>☆ Añadir estas carreras a la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="158" />
        <source>Export the grid (CSV)…</source>
        <translation>Exportar la tabla (CSV)…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="230" />
        <source>You can compare at most four careers: uncheck one first.</source>
        <translation>Puede comparar como máximo cuatro carreras: desmarque una primero.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="233" />
        <source>Keep at least two careers checked.</source>
        <translation>Deje marcadas al menos dos carreras.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="247" />
        <source>Sources: {sources}.</source>
        <translation>Fuentes: {sources}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="29" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/compare_export.py" line="38" />
        <source>{row}: source</source>
        <translation>{row}: fuente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/compare.py" line="262" />
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
</context>
<context>
    <name>CompareToggle</name>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="37" />
        <source>✓ In the comparison ({n} of {most})</source>
        <translation>✓ En la comparación ({n} de {most})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="39" />
        <source>Compare this program ({n} of {most} picked)</source>
        <translation>Comparar este programa ({n} de {most} elegidos)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="44" />
        <source>Take this program out of the comparison</source>
        <translation>Quitar este programa de la comparación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="46" />
        <source>Add this program to the comparison</source>
        <translation>Añadir este programa a la comparación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="58" />
        <source>Four programs are already picked: take one out first.</source>
        <translation>Ya hay cuatro programas elegidos: quite uno primero.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/compare_toggle.py" line="59" />
        <source>Four programs already picked: take one out first</source>
        <translation>Ya hay cuatro programas elegidos: quite uno primero</translation>
    </message>
</context>
<context>
    <name>CostOfLiving</name>
    <message>
        <location filename="../../hrguide/ui/pages/cost_of_living.py" line="29" />
        <source>Show what each median buys at US-average prices (cost of living)</source>
        <translation>Mostrar lo que compra cada mediana a precios promedio de EE. UU. (costo de vida)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/cost_of_living.py" line="36" />
        <source>Adjusted figures divide the median by the area's price level (US = 100); nonmetropolitan areas use their state's nonmetropolitan price level. The other columns are not adjusted.</source>
        <translation>Las cifras ajustadas dividen la mediana por el nivel de precios de la zona (EE. UU. = 100); las zonas no metropolitanas usan el nivel de precios no metropolitano de su estado. Las demás columnas no están ajustadas.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/cost_of_living.py" line="54" />
        <source>Median at US-average prices</source>
        <translation>Mediana a precios promedio de EE. UU.</translation>
    </message>
</context>
<context>
    <name>DailyWorkPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="107" />
        <source>Tasks reported by workers</source>
        <translation>Tareas que describen los trabajadores</translation>
    </message>
</context>
<context>
    <name>DistanceFrom</name>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="32" />
        <source>Or measure distances from a city or ZIP code:</source>
        <translation>O mida las distancias desde una ciudad o un código postal:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="35" />
        <source>City to measure distances from</source>
        <translation>Ciudad desde la que medir distancias</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="36" />
        <source>City or ZIP code</source>
        <translation>Ciudad o código postal</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="38" />
        <source>Type a few letters of a city and pick it, or a ZIP code and press Enter</source>
        <translation>Escriba unas letras de una ciudad y elíjala, o un código postal y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="76" />
        <source>No school in the guide's data has a ZIP code near {zip}.</source>
        <translation>Ninguna escuela de los datos de la guía tiene un código postal cercano a {zip}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="84" />
        <source>Measured from the middle of the {n} school(s) with ZIP code {zip}: the guide has no map of ZIP codes.</source>
        <translation>Medido desde el centro de las {n} escuelas con el código postal {zip}: la guía no tiene un mapa de códigos postales.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/distance_from.py" line="88" />
        <source>ZIP {zip}</source>
        <translation>código postal {zip}</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="280" />
        <source>Yearly wages by career, all industries, United States</source>
        <translation>Salarios anuales por carrera, todas las industrias, Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="281" />
        <source>US dollars per year</source>
        <translation>Dólares estadounidenses al año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="101" />
        <source>The same figures as a table:</source>
        <translation>Las mismas cifras en una tabla:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="104" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="105" />
        <source>BLS occupation</source>
        <translation>Ocupación BLS</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="109" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="208" />
        <source>10th pct.</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="110" />
        <source>25th pct.</source>
        <translation>Percentil 25</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="111" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="155" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="202" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="252" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="112" />
        <source>75th pct.</source>
        <translation>Percentil 75</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="113" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="214" />
        <source>90th pct.</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="117" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="161" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="220" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="258" />
        <source>Employed</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="127" />
        <source>Wages by career</source>
        <translation>Salarios por carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="138" />
        <source>By industry, state and area</source>
        <translation>Por industria, estado y zona</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="142" />
        <source>Career:</source>
        <translation>Carrera:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="144" />
        <source>Career for the tables below</source>
        <translation>Carrera de las tablas siguientes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="153" />
        <source>Industry</source>
        <translation>Industria</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="172" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="175" />
        <source>Highest-paying industries</source>
        <translation>Industrias que mejor pagan</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="173" />
        <location filename="../../hrguide/ui/pages/earnings.py" line="178" />
        <source>Lowest-paying industries</source>
        <translation>Industrias que peor pagan</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="188" />
        <source>Detailed industries (4-digit NAICS) employing at least 100 people in the occupation, ranked by median wage.</source>
        <translation>Industrias detalladas (NAICS de 4 dígitos) con al menos 100 personas en la ocupación, ordenadas por salario mediano.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="200" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="230" />
        <source>Wages by state</source>
        <translation>Salarios por estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="241" />
        <source>Look up a metropolitan area</source>
        <translation>Buscar una zona metropolitana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="244" />
        <source>Type a city or area, e.g. Denver</source>
        <translation>Escriba una ciudad o zona, p. ej. Denver</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="245" />
        <source>Metropolitan area search</source>
        <translation>Búsqueda de zona metropolitana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="250" />
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="268" />
        <source>Wages by metropolitan area</source>
        <translation>Salarios por zona metropolitana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/earnings.py" line="307" />
        <source>Median yearly wage by state: {career}</source>
        <translation>Salario anual mediano por estado: {career}</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="126" />
        <location filename="../../hrguide/ui/pages/topics.py" line="147" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="130" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="131" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="133" />
        <source>Issued by</source>
        <translation>Otorgada por</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="138" />
        <source>What it takes</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="154" />
        <source>As stated by:</source>
        <translation>Según:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="157" />
        <source>Education for entry, by career</source>
        <translation>Estudios para empezar, por carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="161" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="163" />
        <source>Typical entry education (BLS)</source>
        <translation>Estudios habituales para empezar (BLS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="167" />
        <source>Degree commonly expected</source>
        <translation>Título que se suele pedir</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="176" />
        <source>Education for entry</source>
        <translation>Estudios para empezar</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="203" />
        <location filename="../../hrguide/ui/pages/topics.py" line="230" />
        <source>Industries employing the most</source>
        <translation>Industrias que más emplean</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="207" />
        <source>Industry</source>
        <translation>Industria</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="209" />
        <source>Employed</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="215" />
        <source>Share of the occupation</source>
        <translation>Parte de la ocupación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="221" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="36" />
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="37" />
        <source>you may not write in that folder</source>
        <translation>no tiene permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="44" />
        <source>that disk is read-only</source>
        <translation>ese disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="38" />
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="47" />
        <source>a folder of that name is already there</source>
        <translation>ya hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="49" />
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/files.py" line="33" />
        <source>Not saved: {reason} ({path}). Choose another place.</source>
        <translation>No se guardó: {reason} ({path}). Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/files.py" line="45" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/files.py" line="53" />
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="49" />
        <location filename="../../hrguide/ui/look/fmt.py" line="101" />
        <location filename="../../hrguide/ui/look/fmt.py" line="107" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="58" />
        <source>about {amount}</source>
        <translation>aproximadamente {amount}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="72" />
        <location filename="../../hrguide/ui/models/compare.py" line="60" />
        <source>at least {amount}</source>
        <translation>al menos {amount}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="74" />
        <location filename="../../hrguide/ui/look/fmt.py" line="95" />
        <source>not released by BLS</source>
        <translation>el BLS no la publicó</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="83" />
        <source>{median} (10th to 90th percentile: {low} to {high})</source>
        <translation>{median} (percentil 10 a 90: {low} a {high})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="120" />
        <source>no source</source>
        <translation>sin fuente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/fmt.py" line="123" />
        <source>(older figure)</source>
        <translation>(cifra antigua)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="120" />
        <source>Interest check:</source>
        <translation>Chequeo de intereses:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="26" />
        <source>The College Scorecard has no earnings or debt for this program family.</source>
        <translation>El College Scorecard no tiene ingresos ni deudas de esta familia de programas.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="29" />
        <source>too few graduates to report</source>
        <translation>muy pocos titulados para publicarlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="32" />
        <source>{amount} a year, {years} year(s) after finishing</source>
        <translation>{amount} al año, {years} año(s) después de terminar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="36" />
        <source>Graduates of this program family ({family}, {credential}) at this school: median earnings {earnings}; median federal loan debt {debt} ({source}).</source>
        <translation>Titulados de esta familia de programas ({family}, {credential}) en esta escuela: ingresos medianos {earnings}; deuda mediana de préstamos federales {debt} ({source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="54" />
        <source>Earnings and debt are for the school's whole program family (4-digit field of study), not the exact program, and count only graduates with federal student aid; groups are often small. Not adjusted for the cost of living.</source>
        <translation>Los ingresos y la deuda son de toda la familia de programas de la escuela (campo de estudio de 4 dígitos), no del programa exacto, y solo cuentan titulados con ayuda federal; los grupos suelen ser pequeños. Sin ajustar por el costo de vida.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="79" />
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="88" />
        <source>Programs compared</source>
        <translation>Programas comparados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="102" />
        <source>Net price is the school's average after grants for all incomes; tuition, net price and rates are the school's, earnings and debt its program family's. ▲ best and ▼ worst mark each row's best and worst figure among figures of the same measure.</source>
        <translation>El precio neto es el promedio de la escuela después de becas para todos los ingresos; la matrícula, el precio neto y las tasas son de la escuela, y los ingresos y la deuda, de su familia de programas. ▲ mejor y ▼ peor marcan la mejor y la peor cifra de cada fila entre cifras de la misma medida.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_outcomes.py" line="131" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_pathway.py" line="27" />
        <source>Where these careers lead</source>
        <translation>Adónde llevan estas carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout_pathway.py" line="28" />
        <source>In brackets, the award each move needs. The guide's Advancement tab shows what each move takes, what it costs and what it pays.</source>
        <translation>Entre paréntesis, el título que requiere cada paso. La pestaña Progreso de la guía muestra qué requiere cada paso, cuánto cuesta y cuánto paga.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="104" />
        <source>Careers in health records: {name}</source>
        <translation>Carreras en registros de salud: {name}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="110" />
        <source>Prepared {date} with the Health Records Career Guide</source>
        <translation>Preparado el {date} con la Guía de carreras en registros de salud</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="117" />
        <source>Careers compared</source>
        <translation>Carreras comparadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="131" />
        <source>(no longer listed in the guide's data)</source>
        <translation>(ya no figura en los datos de la guía)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="145" />
        <source>Programs on the shortlist</source>
        <translation>Programas de la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="150" />
        <source>No programs on this shortlist yet.</source>
        <translation>Todavía no hay programas en esta lista.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="155" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="156" />
        <source>City, state</source>
        <translation>Ciudad, estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="157" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="158" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="159" />
        <source>In-state tuition &amp; fees</source>
        <translation>Matrícula y cuotas (residentes)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="160" />
        <source>Out-of-state</source>
        <translation>No residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="178" />
        <source>No longer listed in the guide's data</source>
        <translation>Ya no figura en los datos de la guía</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="190" />
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="211" />
        <source>Schools charge tuition and fees. The figures shown are the published prices that schools reported to the US Department of Education (IPEDS) for the {period} school year, and they will have changed. Costs vary by program and by location: ask each school for its current tuition and fees before you enroll. RHIT and RHIA eligibility requires a program accredited by CAHIIM; check the CAHIIM directory.</source>
        <translation>Las escuelas cobran matrícula y cuotas. Las cifras son los precios publicados que las escuelas informaron al Departamento de Educación de EE. UU. (IPEDS) para el año escolar {period}, y habrán cambiado. Los costos varían según el programa y el lugar: pida a cada escuela su matrícula y cuotas actuales antes de inscribirse. Para optar a RHIT y RHIA hace falta un programa acreditado por CAHIIM; consulte el directorio de CAHIIM.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="219" />
        <source>About costs:</source>
        <translation>Sobre los costos:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/handout.py" line="240" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>HandoutBar</name>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="50" />
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="51" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="52" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="54" />
        <source>Print handout…</source>
        <translation>Imprimir hoja…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="60" />
        <source>Save handout as PDF…</source>
        <translation>Guardar hoja como PDF…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="64" />
        <source>Export list (CSV)…</source>
        <translation>Exportar lista (CSV)…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="90" />
        <source>Shortlist: {name}</source>
        <translation>Lista: {name}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="97" />
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="101" />
        <source>This kiosk has no printer it can use, so nothing was printed. Scan the code to keep the names on your list.</source>
        <translation>Este quiosco no tiene una impresora que pueda usar, así que no se imprimió nada. Escanee el código para guardar los nombres de su lista.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="113" />
        <source>QR code of your list: {text}</source>
        <translation>Código QR de su lista: {text}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="125" />
        <source>Save the handout</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="125" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="136" />
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="141" />
        <source>Export the shortlist</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="148" />
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="149" />
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="150" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="151" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="152" />
        <source>Listed in current data</source>
        <translation>Figura en los datos actuales</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="153" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="154" />
        <source>Graduates' median earnings (program family)</source>
        <translation>Ingresos medianos de los titulados (familia de programas)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="155" />
        <source>Years after finishing</source>
        <translation>Años después de terminar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="156" />
        <source>Median federal loan debt</source>
        <translation>Deuda mediana de préstamos federales</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/handout_bar.py" line="157" />
        <source>Outcomes source</source>
        <translation>Fuente de los resultados</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="134" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="134" />
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="135" />
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="135" />
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="136" />
        <source>Home: back to the start page</source>
        <translation>Inicio: volver a la primera página</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="139" />
        <location filename="../../hrguide/ui/shell/header.py" line="148" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="140" />
        <source>High-contrast colors (black, white and yellow)</source>
        <translation>Colores de alto contraste (negro, blanco y amarillo)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="142" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="142" />
        <source>Keyboard shortcuts (F1)</source>
        <translation>Atajos de teclado (F1)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="147" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="149" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/header.py" line="150" />
        <source>Health Records Career Guide</source>
        <translation>Guía de carreras en registros de salud</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="55" />
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="58" />
        <source>Touch the screen to keep going.</source>
        <translation>Toque la pantalla para continuar.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="68" />
        <source>The guide starts over for the next student in {n} s</source>
        <translation>La guía vuelve a empezar para el próximo estudiante en {n} s</translation>
    </message>
</context>
<context>
    <name>InterestCheck</name>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="46" />
        <source>Strongly Dislike</source>
        <translation>Me disgusta mucho</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="47" />
        <source>Dislike</source>
        <translation>Me disgusta</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="48" />
        <source>Unsure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="49" />
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="50" />
        <source>Strongly Like</source>
        <translation>Me gusta mucho</translation>
    </message>
</context>
<context>
    <name>InterestCheckPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="74" />
        <source>Is this for me? An interest check</source>
        <translation>¿Es para mí? Un chequeo de intereses</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="77" />
        <source>For each work activity, say how you would feel about doing it. Do not think about pay or the training it needs; there are no right answers. Your answers stay on this screen: they are never saved.</source>
        <translation>Para cada actividad de trabajo, diga cómo se sentiría al hacerla. No piense en el sueldo ni en la formación que requiere; no hay respuestas correctas. Sus respuestas se quedan en esta pantalla: nunca se guardan.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="99" />
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="102" />
        <source>How many questions</source>
        <translation>Cuántas preguntas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="103" />
        <source>30 (about five minutes)</source>
        <translation>30 (unos cinco minutos)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="104" />
        <source>60 (longer, more reliable)</source>
        <translation>60 (más largo, más fiable)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="152" />
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="156" />
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="161" />
        <source>See my results</source>
        <translation>Ver mis resultados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="183" />
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="189" />
        <source>Add these results to the handout</source>
        <translation>Añadir estos resultados al folleto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="239" />
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="290" />
        <source>QR code of your six scores: {text}</source>
        <translation>Código QR de sus seis puntuaciones: {text}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="193" />
        <source>Scan to keep your six scores (no answers, no name)</source>
        <translation>Escanee para guardar sus seis puntuaciones (sin respuestas ni nombre)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="86" />
        <source>The activities are shown in English, exactly as O*NET wrote them: their license does not allow changing them, and no official translation is available to the guide.</source>
        <translation>Las actividades se muestran en inglés, tal como las escribió O*NET: su licencia no permite cambiarlas y la guía no dispone de una traducción oficial.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/interest_check.py" line="299" />
        <source>Added to the handout</source>
        <translation>Añadido al folleto</translation>
    </message>
</context>
<context>
    <name>InterestResults</name>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="69" />
        <source>Your results</source>
        <translation>Sus resultados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="84" />
        <source>Where the guide's careers stand</source>
        <translation>Dónde quedan las carreras de la guía</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="90" />
        <source>The guide's careers and your interests</source>
        <translation>Las carreras de la guía y sus intereses</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="101" />
        <source>Closest occupations overall</source>
        <translation>Ocupaciones más cercanas en general</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="103" />
        <source>Preparation you are ready for:</source>
        <translation>Preparación que está dispuesto a hacer:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="106" />
        <source>Job zone</source>
        <translation>Zona de empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="107" />
        <source>Any amount of preparation</source>
        <translation>Cualquier nivel de preparación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="119" />
        <source>Closest occupations</source>
        <translation>Ocupaciones más cercanas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="162" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="164" />
        <source>at least {amount}</source>
        <translation>al menos {amount}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="132" />
        <source>★ marks the careers this guide covers. Double-click any occupation, or select it and press Enter, to open it: a guide career's page, or a snapshot. Pay is the national median ({source}); job growth is BLS's projection for the period shown. Fit compares the shape of your six scores with each occupation's interest profile (O*NET): it is about interests only. Why names the top areas you share and the area where your scores and the occupation's differ most.</source>
        <translation>★ marca las carreras que cubre esta guía. Haga doble clic en cualquier ocupación, o selecciónela y pulse Intro, para abrirla: la página de una carrera de la guía, o una ficha breve. El sueldo es la mediana nacional ({source}); el crecimiento del empleo es la proyección del BLS para el período indicado. El ajuste compara la forma de sus seis puntuaciones con el perfil de intereses de cada ocupación (O*NET): se refiere solo a los intereses. El porqué nombra las áreas principales que comparten y el área en la que sus puntuaciones y las de la ocupación más difieren.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="168" />
        <source>not published by BLS</source>
        <translation>el BLS no lo publica</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="169" />
        <source>{change} ({period})</source>
        <translation>{change} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="175" />
        <source>Rank of {n}</source>
        <translation>Puesto entre {n}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="181" />
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="181" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="186" />
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="189" />
        <source>correlation {r}</source>
        <translation>correlación {r}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="191" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="193" />
        <source>Median pay, US ({period})</source>
        <translation>Sueldo mediano, EE. UU. ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="201" />
        <source>Job growth</source>
        <translation>Crecimiento del empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_results.py" line="221" />
        <source>Your answers do not point anywhere yet: your six scores are almost the same, so a list of matching careers would be noise. Try the check again later, and use “Like” and “Dislike” more where you can, or talk with a counselor about the activities you enjoy.</source>
        <translation>Sus respuestas todavía no apuntan a ningún lado: sus seis puntuaciones son casi iguales, así que una lista de carreras afines sería ruido. Vuelva a hacer el chequeo más adelante y use más «Me gusta» y «Me disgusta» cuando pueda, o hable con un orientador sobre las actividades que disfruta.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="88" />
        <source>Each score is the sum of your answers in that area (0 for Strongly Dislike up to 4 for Strongly Like), out of {most}. Scores are sums, not percentiles: they compare your interests with each other, not with other people. This is about what you like, not what you are good at.</source>
        <translation>Cada puntuación es la suma de sus respuestas en esa área (0 por «Me disgusta mucho» hasta 4 por «Me gusta mucho»), sobre {most}. Son sumas, no percentiles: comparan sus intereses entre sí, no con otras personas. Se trata de lo que le gusta, no de lo que se le da bien.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="101" />
        <source>O*NET's examples: {examples}.</source>
        <translation>Ejemplos de O*NET (en inglés): {examples}.</translation>
    </message>
</context>
<context>
    <name>Interests</name>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="15" />
        <source>Realistic</source>
        <translation>Realista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="16" />
        <source>Investigative</source>
        <translation>Investigador</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="17" />
        <source>Artistic</source>
        <translation>Artístico</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="18" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="19" />
        <source>Enterprising</source>
        <translation>Emprendedor</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="20" />
        <source>Conventional</source>
        <translation>Convencional</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="31" />
        <source>hands-on work with tools, machines, plants or animals, often outdoors</source>
        <translation>trabajo práctico con herramientas, máquinas, plantas o animales, a menudo al aire libre</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="34" />
        <source>working with ideas: finding facts, solving problems, research</source>
        <translation>trabajar con ideas: buscar datos, resolver problemas, investigar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="37" />
        <source>creating: words, images, music or designs, with room for self-expression</source>
        <translation>crear: palabras, imágenes, música o diseños, con espacio para expresarse</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="40" />
        <source>helping, teaching, caring for or advising people</source>
        <translation>ayudar, enseñar, cuidar o aconsejar a personas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="41" />
        <source>leading, persuading, selling and starting projects; making decisions</source>
        <translation>dirigir, convencer, vender y emprender proyectos; tomar decisiones</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="44" />
        <source>working with data, records and clear procedures; order and accuracy</source>
        <translation>trabajar con datos, registros y procedimientos claros; orden y precisión</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="49" />
        <source>strong match</source>
        <translation>gran afinidad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="50" />
        <source>moderate match</source>
        <translation>afinidad moderada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="51" />
        <source>weak match</source>
        <translation>poca afinidad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="52" />
        <source>little in common</source>
        <translation>poco en común</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="65" />
        <source>In common: {areas}.</source>
        <translation>En común: {areas}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="69" />
        <source>No top area in common.</source>
        <translation>Ninguna área principal en común.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="72" />
        <source>Differs most: {area} (higher for you).</source>
        <translation>Difiere más: {area} (más alta para usted).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/interest_words.py" line="75" />
        <source>Differs most: {area} (higher for the occupation).</source>
        <translation>Difiere más: {area} (más alta para la ocupación).</translation>
    </message>
</context>
<context>
    <name>IssuerPages</name>
    <message>
        <location filename="../../hrguide/ui/widgets/issuer_pages.py" line="26" />
        <source>{credential}: the guide has no web address for it; ask {issuer}</source>
        <translation>{credential}: la guía no tiene su dirección web; pregunte a {issuer}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/issuer_pages.py" line="46" />
        <source>The issuers' own pages</source>
        <translation>Las páginas de los emisores</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/issuer_pages.py" line="51" />
        <source>Requirements change; check the issuer's page before you plan.</source>
        <translation>Los requisitos cambian; consulte la página del emisor antes de hacer planes.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/issuer_pages.py" line="79" />
        <source>QR code of {url}</source>
        <translation>Código QR de {url}</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="13" />
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="14" />
        <source>Move to the next / previous control</source>
        <translation>Ir al control siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="17" />
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="18" />
        <source>Go to the first … ninth tab</source>
        <translation>Ir a la primera … novena pestaña</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="21" />
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="22" />
        <source>Next / previous tab</source>
        <translation>Pestaña siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="25" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="26" />
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="29" />
        <source>Down / Up, Enter</source>
        <translation>Abajo / Arriba, Intro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="30" />
        <source>Choose a search result and open it</source>
        <translation>Elegir un resultado de búsqueda y abrirlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="33" />
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Izquierda / Alt+Derecha</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="34" />
        <source>Back / forward</source>
        <translation>Atrás / adelante</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="37" />
        <source>Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="38" />
        <source>Larger text / smaller text / normal size</source>
        <translation>Texto más grande / más pequeño / tamaño normal</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="41" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="42" />
        <source>Check a box, press a button</source>
        <translation>Marcar una casilla, pulsar un botón</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="45" />
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="46" />
        <source>Move in a table or list; Space checks a career to compare</source>
        <translation>Moverse en una tabla o lista; Espacio marca una carrera para comparar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="50" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="50" />
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="58" />
        <location filename="../../hrguide/ui/shell/help.py" line="63" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/help.py" line="65" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="152" />
        <source>{career}: half earn more than {pay} a year.</source>
        <translation>{career}: la mitad gana más de {pay} al año.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="168" />
        <source>{career}: jobs expected to grow {growth} over {period}.</source>
        <translation>{career}: se prevé que el empleo crezca un {growth} en {period}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/kiosk/overlays.py" line="172" />
        <source>{career}: jobs expected to change {growth} over {period}.</source>
        <translation>{career}: se prevé un cambio del empleo de {growth} en {period}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="127" />
        <source>Careers</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="128" />
        <source>Interest Check</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="129" />
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="130" />
        <source>Daily Work</source>
        <translation>Trabajo diario</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="131" />
        <source>Education</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="135" />
        <source>Related</source>
        <translation>Relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="132" />
        <source>Employers</source>
        <translation>Empleadores</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="133" />
        <source>Earnings</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="134" />
        <source>Advancement</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="144" />
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="136" />
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="138" />
        <source>Compare Programs</source>
        <translation>Comparar programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="140" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/registry.py" line="141" />
        <source>Shortlist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/window.py" line="101" />
        <source>Health Records Career Guide</source>
        <translation>Guía de carreras en registros de salud</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/window.py" line="102" />
        <source>Guide pages</source>
        <translation>Páginas de la guía</translation>
    </message>
</context>
<context>
    <name>OccupationPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="69" />
        <source>Occupation snapshots</source>
        <translation>Fichas breves de ocupaciones</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="74" />
        <source>Choose any of O*NET's occupations, or open one from your interest results, Related or the Advancement map. The guide covers health records careers in depth; for other occupations it gives this snapshot of what O*NET and BLS publish.</source>
        <translation>Elija cualquiera de las ocupaciones de O*NET, o abra una desde sus resultados de intereses, Relacionadas o el mapa de Progreso. La guía trata a fondo las carreras de registros de salud; de las demás ocupaciones ofrece esta ficha breve con lo que publican O*NET y el BLS.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="84" />
        <source>O*NET's and BLS's titles, descriptions and tasks are shown in English, as they publish them: there is no official translation.</source>
        <translation>Los títulos, descripciones y tareas de O*NET y del BLS se muestran en inglés, tal como los publican: no hay traducción oficial.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="126" />
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="129" />
        <source>Occupation to show</source>
        <translation>Ocupación que se muestra</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="141" />
        <source>Type part of a title or a code</source>
        <translation>Escriba parte de un título o un código</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="153" />
        <source>Pay in:</source>
        <translation>Sueldo en:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="156" />
        <source>State for pay</source>
        <translation>Estado del sueldo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="157" />
        <source>The whole US</source>
        <translation>Todo EE. UU.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="195" />
        <source>Show fewer tasks</source>
        <translation>Mostrar menos tareas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="197" />
        <source>Show all {n} tasks</source>
        <translation>Mostrar las {n} tareas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="187" />
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="188" />
        <source>Pay and outlook</source>
        <translation>Sueldo y perspectivas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="178" />
        <source>Most important tasks (core tasks first)</source>
        <translation>Tareas más importantes (primero las principales)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="223" />
        <source>Related guide career: {title}</source>
        <translation>Carrera relacionada de la guía: {title}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="197" />
        <source>Read more on My Next Move: {mnm} or O*NET OnLine: {onet}</source>
        <translation>Más información en My Next Move: {mnm} o en O*NET OnLine: {onet}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/occupation.py" line="238" />
        <source>QR code of {url}</source>
        <translation>Código QR de {url}</translation>
    </message>
</context>
<context>
    <name>OutcomeFilters</name>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="21" />
        <source>Has graduates' earnings data</source>
        <translation>Con datos de ingresos de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="24" />
        <source>Any earnings</source>
        <translation>Cualquier ingreso</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="25" />
        <source>Graduates' median earnings at least</source>
        <translation>Ingresos medianos de los titulados de al menos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="26" />
        <source>Any debt</source>
        <translation>Cualquier deuda</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="27" />
        <source>Graduates' median debt at most</source>
        <translation>Deuda mediana de los titulados de como máximo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="33" />
        <source>Any rate</source>
        <translation>Cualquier tasa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="34" />
        <source>Graduation or award rate at least</source>
        <translation>Tasa de graduación o de título de al menos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="37" />
        <source>The school's graduation rate, or at two-year schools the share of students with an award within eight years (IPEDS Outcome Measures)</source>
        <translation>La tasa de graduación de la escuela o, en las escuelas de dos años, la proporción de estudiantes con un título en ocho años (IPEDS Outcome Measures)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="45" />
        <source>Graduates earning at least</source>
        <translation>Titulados que ganan al menos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="46" />
        <source>owing at most</source>
        <translation>y deben como máximo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/outcome_filters.py" line="47" />
        <source>finishing at least</source>
        <translation>que terminan al menos</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="42" />
        <source>$0-30,000</source>
        <translation>0-30.000 $</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="43" />
        <source>$30,001-48,000</source>
        <translation>30.001-48.000 $</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="44" />
        <source>$48,001-75,000</source>
        <translation>48.001-75.000 $</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="45" />
        <source>$75,001-110,000</source>
        <translation>75.001-110.000 $</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/look/vocab.py" line="46" />
        <source>over $110,000</source>
        <translation>más de 110.000 $</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="40" />
        <location filename="../../hrguide/ui/html/outcomes.py" line="91" />
        <source>too few graduates to report</source>
        <translation>muy pocos titulados para publicarlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="46" />
        <location filename="../../hrguide/ui/html/outcomes.py" line="303" />
        <location filename="../../hrguide/ui/html/trend.py" line="45" />
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="69" />
        <source>{amount} a year, {years} years after finishing</source>
        <translation>{amount} al año, {years} años después de terminar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="73" />
        <source>{amount} a year, 1 year after finishing</source>
        <translation>{amount} al año, 1 año después de terminar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="79" />
        <source>not estimated: graduate loans carry a higher rate</source>
        <translation>no se calcula: los préstamos de posgrado tienen un interés más alto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="83" />
        <source>{amount} a month</source>
        <translation>{amount} al mes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="89" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="90" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="131" />
        <source>What happens to graduates</source>
        <translation>Qué pasa con los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="54" />
        <source>Graduates' median earnings</source>
        <translation>Ingresos medianos de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="55" />
        <source>Median debt</source>
        <translation>Deuda mediana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="56" />
        <source>Estimated payment</source>
        <translation>Pago estimado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="57" />
        <source>Debt as a share of earnings</source>
        <translation>Deuda en proporción a los ingresos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="58" />
        <source>Out-earn a typical high-school graduate in the state?</source>
        <translation>¿Ganan más que un graduado típico de secundaria del estado?</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="138" />
        <source>Earnings and debt are for the school's whole program family (the 4-digit field of study, for example 51.07, which holds coding, health information and medical office programs), not for one program. They count only graduates who had federal student aid; groups are often small. Medians, in dollars of their own year, not adjusted for the cost of living.</source>
        <translation>Los ingresos y la deuda son de toda la familia de programas de la escuela (el campo de estudio de 4 dígitos, por ejemplo 51.07, que reúne programas de codificación, información de salud y oficina médica), no de un solo programa. Solo cuentan los titulados que recibieron ayuda federal; los grupos suelen ser pequeños. Son medianas, en dólares de su propio año, sin ajustar por el costo de vida.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="155" />
        <source>The College Scorecard has no earnings or debt for this school's programs.</source>
        <translation>El College Scorecard no tiene ingresos ni deudas de los programas de esta escuela.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="172" />
        <source>The payment (undergraduate credentials only) assumes the median debt is repaid over {years} years at {rate} a year, the federal rate for undergraduate Direct Loans first disbursed in {year} (July 1 to June 30; {source}).</source>
        <translation>El pago (solo credenciales de pregrado) supone que la deuda mediana se devuelve en {years} años a un {rate} anual, el interés federal de los préstamos Direct Loans de pregrado desembolsados por primera vez en {year} (del 1 de julio al 30 de junio; {source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="181" />
        <source>That year is over: {rate} is the {year} rate, and a loan first disbursed now carries the rate set for its own year.</source>
        <translation>Ese año ya terminó: {rate} es el interés de {year}, y un préstamo desembolsado por primera vez ahora lleva el interés fijado para su propio año.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="192" />
        <source>No graduation or award rates reported.</source>
        <translation>No se informaron tasas de graduación ni de obtención de títulos.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="197" />
        <source>Award within eight years of starting: {ft} of full-time and {pt} of part-time first-time students, {tf} of full-time transfer students ({source}).</source>
        <translation>Título en los ocho años siguientes al ingreso: {ft} de los estudiantes nuevos a tiempo completo y {pt} de los nuevos a tiempo parcial, {tf} de los transferidos a tiempo completo ({source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="208" />
        <source>Graduation rate: {rate} of first-time full-time students finish within one and a half times the normal length of their program ({source}).</source>
        <translation>Tasa de graduación: el {rate} de los estudiantes nuevos a tiempo completo termina en una vez y media la duración normal de su programa ({source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="214" />
        <source>Finishing</source>
        <translation>Terminar los estudios</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="221" />
        <source>Net price after grants</source>
        <translation>Precio neto después de las becas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="227" />
        <source>No net price reported.</source>
        <translation>No se informó el precio neto.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="234" />
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="239" />
        <source>Family income {band}</source>
        <translation>Ingresos familiares {band}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="250" />
        <source>What first-time full-time students with federal aid paid in a year after grants ({source}).</source>
        <translation>Lo que pagaron en un año, después de las becas, los estudiantes nuevos a tiempo completo con ayuda federal ({source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="262" />
        <source>The school's net price calculator: {url}</source>
        <translation>Calculadora de precio neto de la escuela: {url}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="15" />
        <source>growing</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="16" />
        <source>shrinking</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="17" />
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="18" />
        <source>too few years to tell</source>
        <translation>muy pocos años para saberlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="28" />
        <source>Graduates per year</source>
        <translation>Titulados por año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/trend.py" line="53" />
        <source>no graduates in the last two years</source>
        <translation>sin titulados en los dos últimos años</translation>
    </message>
</context>
<context>
    <name>Pathways</name>
    <message>
        <location filename="../../hrguide/ui/widgets/pathway_map.py" line="20" />
        <source>No degree: a certificate or on-the-job</source>
        <translation>Sin título: un certificado o formación en el empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/pathway_map.py" line="21" />
        <source>Associate degree</source>
        <translation>Título de asociado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/pathway_map.py" line="22" />
        <source>Bachelor's degree</source>
        <translation>Título de licenciatura</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/pathway_map.py" line="23" />
        <source>Master's degree</source>
        <translation>Título de maestría</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/pathway_map.py" line="79" />
        <source>Step: {title}</source>
        <translation>Paso: {title}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="101" />
        <location filename="../../hrguide/ui/html/pathway.py" line="136" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="50" />
        <source>Occupation code (SOC)</source>
        <translation>Código de ocupación (SOC)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="52" />
        <source>Typical entry education (BLS)</source>
        <translation>Estudios habituales para empezar (BLS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="56" />
        <source>Related work experience (BLS)</source>
        <translation>Experiencia laboral relacionada (BLS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="60" />
        <source>Job zone (O*NET 30.3)</source>
        <translation>Zona de empleo (O*NET 30.3)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="61" />
        <source>not rated</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="68" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="75" />
        <source>Median pay, US ({period})</source>
        <translation>Sueldo mediano, EE. UU. ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="84" />
        <source>Median pay in {state} ({period})</source>
        <translation>Sueldo mediano en {state} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="89" />
        <source>no {state} estimate from BLS: see the national figure</source>
        <translation>el BLS no publica una estimación para {state}: vea la cifra nacional</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="96" />
        <source>Openings per year</source>
        <translation>Vacantes por año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="97" />
        <source>{count} ({period})</source>
        <translation>{count} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="109" />
        <source>The guide does not profile this occupation; here is what its data has.</source>
        <translation>La guía no describe esta ocupación; esto es lo que tienen sus datos.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="125" />
        <source>Sources: {sources}.</source>
        <translation>Fuentes: {sources}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="146" />
        <source>{credential}: {rule} (the issuer's rule: {source})</source>
        <translation>{credential}: {rule} (regla del emisor: {source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="155" />
        <source>BLS gives this occupation's typical entry education as {education} and its related work experience as {experience} ({source}).</source>
        <translation>Según el BLS, la educación típica de entrada de esta ocupación es {education} y su experiencia laboral relacionada, {experience} ({source}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="173" />
        <source>O*NET lists it among this occupation's related occupations ({tier}; {source}). The award named below is the editors' reading.</source>
        <translation>O*NET la incluye entre las ocupaciones relacionadas con esta ({tier}; {source}). El título indicado abajo es la lectura de los editores.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="178" />
        <source>{note} (the editors' reading)</source>
        <translation>{note} (lectura de los editores)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="17" />
        <source>national figures, {period}; BLS has no {state} estimate for {jobs}</source>
        <translation>cifras nacionales, {period}; el BLS no publica una estimación para {state} de {jobs}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="21" />
        <source>{state} figures, {period}</source>
        <translation>cifras de {state}, {period}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="24" />
        <source>national figures, {period}</source>
        <translation>cifras nacionales, {period}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="38" />
        <source>BLS counts both jobs under one code ({code}), so its figures cannot show a pay difference.</source>
        <translation>El BLS cuenta ambos empleos bajo un mismo código ({code}), así que sus cifras no pueden mostrar una diferencia de sueldo.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="49" />
        <source>not computed: BLS publishes no median for one of the two ({area})</source>
        <translation>no calculada: el BLS no publica la mediana de uno de los dos ({area})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="57" />
        <source>{amount} a year, median against median</source>
        <translation>{amount} al año, mediana frente a mediana</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="69" />
        <source>Pay figures compared</source>
        <translation>Cifras de sueldo comparadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="65" />
        <source>Pay difference for a newcomer</source>
        <translation>Diferencia de sueldo para quien empieza</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="74" />
        <source>{amount} a year: the 25th percentile of {end} against the median of {start}. BLS lists related work experience for {end} ({experience}), so a newcomer usually starts below its median.</source>
        <translation>{amount} al año: el percentil 25 de {end} frente a la mediana de {start}. El BLS indica experiencia laboral relacionada para {end} ({experience}), así que quien empieza suele ganar menos que su mediana.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="90" />
        <source>no estimate: the data cannot show a pay difference for this move</source>
        <translation>sin estimación: los datos no pueden mostrar una diferencia de sueldo para este cambio</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="94" />
        <source>no estimate: a median is not published</source>
        <translation>sin estimación: una de las medianas no está publicada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="96" />
        <source>none: this job's median pay is lower</source>
        <translation>ninguna: el sueldo mediano de este empleo es más bajo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="98" />
        <source>no estimate: no published tuition here</source>
        <translation>sin estimación: no hay matrícula publicada aquí</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="101" />
        <source>none at first: a newcomer's pay there is not above this job's median</source>
        <translation>ninguna al principio: el sueldo de quien empieza allí no supera la mediana de este empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="106" />
        <source>about {years} years of a newcomer's pay difference (the lower figure)</source>
        <translation>unos {years} años de la diferencia de sueldo para quien empieza (la cifra más baja)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="109" />
        <source>about {years} years of the pay difference</source>
        <translation>unos {years} años de la diferencia de sueldo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="115" />
        <source>Rough payback: a year's published in-state tuition and fees times the usual years of full-time study, divided by the yearly pay difference. Both jobs' figures come from one area. Where BLS lists related work experience for the next job, the difference uses that job's 25th percentile, nearer what a newcomer earns, rather than its median. It leaves out grants, living costs, pay given up while studying, and raises.</source>
        <translation>Recuperación aproximada: la matrícula y cuotas publicadas de un año para residentes del estado por los años habituales de estudio a tiempo completo, divididas por la diferencia anual de sueldo. Las cifras de ambos empleos son de una misma zona. Cuando el BLS indica experiencia laboral relacionada para el siguiente empleo, la diferencia usa su percentil 25, más cercano a lo que gana quien empieza, en lugar de su mediana. No tiene en cuenta becas, gastos de vida, el sueldo que se deja de ganar mientras se estudia ni los aumentos.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="202" />
        <source>{amount} a year ({where}, median of {n} programs, {year})</source>
        <translation>{amount} al año ({where}, mediana de {n} programas, {year})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="208" />
        <source>no published tuition for these programs in {where}</source>
        <translation>no hay matrícula publicada para estos programas en {where}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="213" />
        <source>What it takes</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="214" />
        <source>Award it needs</source>
        <translation>Título que requiere</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="215" />
        <source>In-state tuition and fees</source>
        <translation>Matrícula y cuotas para residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="217" />
        <source>Usual length</source>
        <translation>Duración habitual</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="218" />
        <source>{years} year(s) of full-time study (the editors' reading)</source>
        <translation>{years} año(s) de estudio a tiempo completo (lectura de los editores)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway_pay.py" line="33" />
        <source>Pay difference</source>
        <translation>Diferencia de sueldo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="224" />
        <source>Rough payback</source>
        <translation>Recuperación aproximada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="229" />
        <source>A different path, at lower median pay: {title}</source>
        <translation>Otro camino, con un sueldo mediano más bajo: {title}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/pathway.py" line="231" />
        <source>Next: {title}</source>
        <translation>Siguiente: {title}</translation>
    </message>
</context>
<context>
    <name>PathwaysPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="72" />
        <source>Pay and tuition in:</source>
        <translation>Sueldo y matrícula en:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="75" />
        <source>State for pay and tuition</source>
        <translation>Estado para el sueldo y la matrícula</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="76" />
        <source>The whole US</source>
        <translation>Todo EE. UU.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="92" />
        <source>Touch a step to see what it pays and what the next move takes. An arrow is a usual move; * marks an occupation the guide does not profile.</source>
        <translation>Toque un paso para ver cuánto paga y qué requiere el siguiente. Una flecha es un paso habitual; * marca una ocupación que la guía no describe.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="179" />
        <source>the US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="185" />
        <source>Open the snapshot of {title}</source>
        <translation>Abrir la ficha breve de {title}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="209" />
        <source>Find {level} programs for this step in {where}</source>
        <translation>Buscar programas de nivel {level} para este paso en {where}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/pathways.py" line="116" />
        <source>The map shows no further step from here.</source>
        <translation>El mapa no muestra más pasos desde aquí.</translation>
    </message>
</context>
<context>
    <name>ProgramCompare</name>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="25" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="26" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="27" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="28" />
        <source>Level and length</source>
        <translation>Nivel y duración</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="29" />
        <source>Published tuition and fees, in-state</source>
        <translation>Matrícula y cuotas publicadas, residentes del estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="30" />
        <source>Net price after grants</source>
        <translation>Precio neto después de las becas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="31" />
        <source>Graduation or award rate</source>
        <translation>Tasa de graduación o de título</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="32" />
        <source>Graduates' median earnings</source>
        <translation>Ingresos medianos de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="33" />
        <source>Graduates' median debt</source>
        <translation>Deuda mediana de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="34" />
        <source>Estimated monthly payment</source>
        <translation>Pago mensual estimado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="35" />
        <source>Debt as a share of earnings</source>
        <translation>Deuda en proporción a los ingresos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="36" />
        <source>Earnings above a high-school graduate</source>
        <translation>Ingresos por encima de un graduado de secundaria</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="37" />
        <source>Graduates per year</source>
        <translation>Titulados por año</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="38" />
        <source>Distance education at this level</source>
        <translation>Educación a distancia en este nivel</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="54" />
        <source>not estimated: graduate loans carry a higher rate</source>
        <translation>no se calcula: los préstamos de posgrado tienen un interés más alto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="59" />
        <source>no College Scorecard data for this program family</source>
        <translation>sin datos del College Scorecard para esta familia de programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="62" />
        <source>too few graduates to report</source>
        <translation>muy pocos titulados para publicarlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="63" />
        <location filename="../../hrguide/ui/models/program_compare.py" line="70" />
        <location filename="../../hrguide/ui/models/program_compare.py" line="77" />
        <location filename="../../hrguide/ui/models/program_compare.py" line="112" />
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="75" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="76" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="84" />
        <source>{rate} graduate within 150% of normal time</source>
        <translation>{rate} se gradúa en el 150 % del tiempo normal</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="88" />
        <source>{rate} earn an award within 8 years</source>
        <translation>{rate} obtiene un título en 8 años</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="93" />
        <source>{amount} more</source>
        <translation>{amount} más</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="95" />
        <source>{amount} less</source>
        <translation>{amount} menos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="100" />
        <source>{amount} a year, {years} yr after finishing</source>
        <translation>{amount} al año, {years} a. después de terminar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="104" />
        <source>{amount} a month</source>
        <translation>{amount} al mes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="115" />
        <source>no graduates in the last two years</source>
        <translation>sin titulados en los dos últimos años</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="122" />
        <source>growing</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="123" />
        <source>shrinking</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="124" />
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="125" />
        <source>too few years to tell</source>
        <translation>muy pocos años para saberlo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="132" />
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="134" />
        <source>worst</source>
        <translation>peor</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="184" />
        <source>no source: not reported</source>
        <translation>sin fuente: no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="186" />
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="190" />
        <source>(graduates per year, {years})</source>
        <translation>(titulados por año, {years})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="194" />
        <source>(the school's whole program family at this level)</source>
        <translation>(toda la familia de programas de la escuela en este nivel)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/program_compare.py" line="203" />
        <source>{row}, {years}</source>
        <translation>{row}, {years}</translation>
    </message>
</context>
<context>
    <name>ProgramComparePage</name>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="66" />
        <source>Compare programs</source>
        <translation>Comparar los programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="69" />
        <source>Put two to four programs side by side. Pick them in Schools (select a program and choose “Compare this program”) or on the Shortlist. In each row the best figure is marked ▲ best, in bold, and the worst ▼ worst, in italics, among figures of the same measure only; select a cell to see its source and year.</source>
        <translation>Ponga de dos a cuatro programas lado a lado. Elíjalos en Escuelas (seleccione un programa y elija «Comparar este programa») o en la Lista. En cada fila la mejor cifra lleva ▲ mejor, en negrita, y la peor ▼ peor, en cursiva, solo entre cifras de la misma medida; seleccione una celda para ver su fuente y su año.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="82" />
        <source>Net price for family income:</source>
        <translation>Precio neto para el ingreso familiar:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="87" />
        <source>Family income for the net price</source>
        <translation>Ingreso familiar para el precio neto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="88" />
        <source>All incomes (average)</source>
        <translation>Todos los ingresos (promedio)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="98" />
        <source>Clear the comparison</source>
        <translation>Vaciar la comparación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="103" />
        <source>Export the comparison (CSV)…</source>
        <translation>Exportar la comparación (CSV)…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="122" />
        <source>Programs compared</source>
        <translation>Programas comparados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="131" />
        <source>Click a school's name to open it</source>
        <translation>Haga clic en el nombre de una escuela para abrirla</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="173" />
        <source>Program {n}: {level}</source>
        <translation>Programa {n}: {level}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="177" />
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="189" />
        <source>No programs picked yet.</source>
        <translation>Todavía no ha elegido programas.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="191" />
        <source>Pick at least one more program to compare.</source>
        <translation>Elija al menos un programa más para comparar.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="197" />
        <source>Remove {school}</source>
        <translation>Quitar {school}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="314" />
        <source>Sources: {sources}.</source>
        <translation>Fuentes: {sources}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/outcomes.py" line="317" />
        <source>Earnings and debt are for the school's whole program family (4-digit field of study) at the program's level, not the exact program, and count only graduates with federal student aid; groups are often small. Tuition, net price and rates are the school's, not the program's. Nothing is adjusted for the cost of living. The payment is a rough estimate on the standard plan.</source>
        <translation>Los ingresos y la deuda son de toda la familia de programas de la escuela (campo de estudio de 4 dígitos) en el nivel del programa, no del programa exacto, y solo cuentan a los titulados con ayuda federal; los grupos suelen ser pequeños. La matrícula, el precio neto y las tasas son de la escuela, no del programa. Nada está ajustado por el costo de vida. El pago es una estimación aproximada con el plan estándar.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="206" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="209" />
        <source>{program}: source</source>
        <translation>{program}: fuente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/program_compare.py" line="220" />
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="39" />
        <source>Occupations O*NET links to each career</source>
        <translation>Ocupaciones que O*NET relaciona con cada carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="44" />
        <source>Most closely related</source>
        <translation>Las más relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="45" />
        <source>Also closely related</source>
        <translation>También muy relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="49" />
        <source>Show more: less closely related occupations</source>
        <translation>Mostrar más: ocupaciones menos relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="56" />
        <source>O*NET groups related occupations in tiers: the primary ones share the most work activities, knowledge and skills with this career; the supplemental ones share less, and some need very different training.</source>
        <translation>O*NET agrupa las ocupaciones relacionadas en niveles: las principales comparten más actividades, conocimientos y habilidades con esta carrera; las complementarias comparten menos, y algunas requieren una formación muy distinta.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="68" />
        <source>Look up any occupation</source>
        <translation>Buscar cualquier ocupación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="92" />
        <source>not published by BLS</source>
        <translation>el BLS no lo publica</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="93" />
        <source>{change} ({period})</source>
        <translation>{change} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="99" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="101" />
        <source>at least {amount}</source>
        <translation>al menos {amount}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="106" />
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="108" />
        <source> (in this guide)</source>
        <translation> (en esta guía)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="112" />
        <source>Job zone (O*NET)</source>
        <translation>Zona de empleo (O*NET)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="113" />
        <source>not rated</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="117" />
        <source>Median pay, US</source>
        <translation>Sueldo mediano, EE. UU.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="120" />
        <source>Job growth</source>
        <translation>Crecimiento del empleo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="129" />
        <source>Related occupations</source>
        <translation>Ocupaciones relacionadas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/related.py" line="159" />
        <source>Sources: {sources}. Double-click any occupation to open it: a career of this guide opens its page, any other a snapshot.</source>
        <translation>Fuentes: {sources}. Haga doble clic en cualquier ocupación para abrirla: una carrera de esta guía abre su página; cualquier otra, una ficha breve.</translation>
    </message>
</context>
<context>
    <name>SchoolFilters</name>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="67" />
        <source>School, city or other name…</source>
        <translation>Escuela, ciudad u otro nombre…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="68" />
        <source>Search schools</source>
        <translation>Buscar escuelas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="74" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="75" />
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="83" />
        <source>Credential level</source>
        <translation>Nivel de credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="84" />
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="91" />
        <source>Career or program</source>
        <translation>Carrera o programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="202" />
        <source>All careers and programs</source>
        <translation>Todas las carreras y programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="205" />
        <source>Leads to: {career}</source>
        <translation>Lleva a: {career}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="214" />
        <source>Includes programs the guide's editors link to this career (the federal crosswalk does not): {codes}</source>
        <translation>Incluye programas que los editores de la guía vinculan a esta carrera (la tabla federal de correspondencias no lo hace): {codes}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="97" />
        <source>School type</source>
        <translation>Tipo de escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="98" />
        <source>All school types</source>
        <translation>Todos los tipos de escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="107" />
        <source>Maximum yearly tuition and fees</source>
        <translation>Matrícula y cuotas anuales máximas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="111" />
        <source>any amount</source>
        <translation>cualquier cantidad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="118" />
        <source>in-state students</source>
        <translation>estudiantes del estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="119" />
        <source>out-of-state students</source>
        <translation>estudiantes de fuera del estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="176" />
        <source>Tuition and fees for</source>
        <translation>Matrícula y cuotas para</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="177" />
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="117" />
        <source>Tuition for</source>
        <translation>Matrícula para</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="122" />
        <source>Hide schools with no reported tuition</source>
        <translation>Ocultar escuelas sin matrícula informada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="128" />
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="132" />
        <source>Schools that offer programs entirely online at this level. IPEDS reports this for the school as a whole, not for each program.</source>
        <translation>Escuelas que ofrecen programas totalmente en línea en este nivel. IPEDS lo informa para la escuela en conjunto, no para cada programa.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="138" />
        <source>(reported per school, not per program)</source>
        <translation>(se informa por escuela, no por programa)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="141" />
        <source>Had graduates last year</source>
        <translation>Tuvo titulados el año pasado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="148" />
        <source>Distance: pick a school and choose “Measure distances from this school”.</source>
        <translation>Distancia: elija una escuela y pulse «Medir distancias desde esta escuela».</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="155" />
        <source>Within miles of the home school</source>
        <translation>A cuántas millas de la escuela de referencia</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="158" />
        <source> mi</source>
        <translation> mi</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_filters.py" line="159" />
        <source>Any distance</source>
        <translation>Cualquier distancia</translation>
    </message>
</context>
<context>
    <name>Schools</name>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="23" />
        <location filename="../../hrguide/ui/models/schools.py" line="101" />
        <location filename="../../hrguide/ui/models/schools.py" line="235" />
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="109" />
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="112" />
        <source>Back to the list of programs</source>
        <translation>Volver a la lista de programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="147" />
        <source>Measure distances from this school</source>
        <translation>Medir distancias desde esta escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="210" />
        <source>QR code of the net price calculator {url}</source>
        <translation>Código QR de la calculadora de precio neto {url}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="215" />
        <source>Scan to open the school's net price calculator: {url}</source>
        <translation>Escanee para abrir la calculadora de precio neto de la escuela: {url}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="59" />
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="195" />
        <source>QR code of the web address {url}</source>
        <translation>Código QR de la dirección web {url}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_detail.py" line="200" />
        <source>Scan with a phone camera to open {url}</source>
        <translation>Escanéelo con la cámara del teléfono para abrir {url}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="62" />
        <source>closed {date}</source>
        <translation>cerrada el {date}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="64" />
        <source>open in the {period} directory</source>
        <translation>abierta según el directorio {period}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="86" />
        <location filename="../../hrguide/ui/models/schools.py" line="55" />
        <source>Graduates {period}</source>
        <translation>Titulados {period}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="134" />
        <source>This school reported no yearly tuition to IPEDS for {period} (schools that charge by program report elsewhere). Ask the school for its costs.</source>
        <translation>Esta escuela no informó una matrícula anual a IPEDS para {period} (las que cobran por programa lo informan aparte). Pida a la escuela sus costos.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="182" />
        <source>The RHIT and RHIA exams require a program accredited by CAHIIM (the Commission on Accreditation for Health Informatics and Information Management Education). Program accreditation is not in this data: check the CAHIIM directory of accredited programs before you enroll.</source>
        <translation>Los exámenes RHIT y RHIA exigen un programa acreditado por CAHIIM (la comisión que acredita la formación en informática de la salud y gestión de la información). La acreditación de programas no está en estos datos: consulte el directorio de programas acreditados de CAHIIM antes de inscribirse.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="199" />
        <source>Sources: IPEDS Completions {completions}, Directory {directory}, Student Charges {tuition}. Levels offered: {levels}.</source>
        <translation>Fuentes: IPEDS Completions {completions}, Directory {directory}, Student Charges {tuition}. Niveles que ofrece: {levels}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="73" />
        <source>{miles} miles from your home school</source>
        <translation>a {miles} millas de su escuela de referencia</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="91" />
        <source>Programs for these careers</source>
        <translation>Programas para estas carreras</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="84" />
        <location filename="../../hrguide/ui/models/schools.py" line="49" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="85" />
        <location filename="../../hrguide/ui/models/schools.py" line="50" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="109" />
        <source>Tuition and required fees</source>
        <translation>Matrícula y cuotas obligatorias</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="112" />
        <source>Undergraduate, in-district</source>
        <translation>Pregrado, residentes del distrito</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="113" />
        <source>Undergraduate, in-state</source>
        <translation>Pregrado, residentes del estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="115" />
        <source>Undergraduate, out-of-state</source>
        <translation>Pregrado, no residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="118" />
        <source>Graduate, in-state</source>
        <translation>Posgrado, residentes del estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="119" />
        <source>Graduate, out-of-state</source>
        <translation>Posgrado, no residentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="127" />
        <source>Published prices for {year} reported to IPEDS; they will have changed. Ask the school for current tuition and fees.</source>
        <translation>Precios publicados para {year} informados a IPEDS; habrán cambiado. Pida a la escuela su matrícula y cuotas actuales.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="141" />
        <source>Newer figure: undergraduate in-district tuition and fees for {year} were {amount} (IPEDS cost survey, {year}).</source>
        <translation>Dato más reciente: la matrícula y las cuotas de pregrado para residentes del distrito en {year} eran de {amount} (encuesta de costos de IPEDS, {year}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="174" />
        <source>Distance education (whole school)</source>
        <translation>Educación a distancia (toda la escuela)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="155" />
        <source>Undergraduate programs entirely online</source>
        <translation>Programas de pregrado totalmente en línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="159" />
        <source>Graduate programs entirely online</source>
        <translation>Programas de posgrado totalmente en línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="163" />
        <source>Some courses online</source>
        <translation>Algunos cursos en línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="167" />
        <source>IPEDS reports distance education for the school as a whole, not for each program: ask whether this program can be taken online.</source>
        <translation>IPEDS informa la educación a distancia de la escuela en conjunto, no de cada programa: pregunte si este programa puede cursarse en línea.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="189" />
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="31" />
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="32" />
        <source>Associate</source>
        <translation>Título asociado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="33" />
        <source>Bachelor's</source>
        <translation>Licenciatura</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="34" />
        <source>Post-degree certificate</source>
        <translation>Certificado de posgrado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="35" />
        <source>Master's</source>
        <translation>Maestría</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="36" />
        <source>Doctorate</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="39" />
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="40" />
        <source>Private nonprofit</source>
        <translation>Privada sin fines de lucro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="41" />
        <source>Private for-profit</source>
        <translation>Privada con fines de lucro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="46" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="47" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="48" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="51" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="52" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="53" />
        <source>In-state tuition</source>
        <translation>Matrícula (residentes)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="54" />
        <source>Out-of-state tuition</source>
        <translation>Matrícula (no residentes)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="56" />
        <source>Earnings</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="57" />
        <source>Debt ÷ earnings</source>
        <translation>Deuda ÷ ingresos</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="58" />
        <source>Net price</source>
        <translation>Precio neto</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="59" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="103" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="105" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="239" />
        <source>too few to report</source>
        <translation>muy pocos para publicar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="250" />
        <source>{miles} mi</source>
        <translation>{miles} mi</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="188" />
        <source>{kind} published tuition and required fees, {year} (IPEDS)</source>
        <translation>Matrícula y cuotas obligatorias publicadas de {kind}, {year} (IPEDS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="184" />
        <source>Graduate</source>
        <translation>posgrado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="186" />
        <source>Undergraduate</source>
        <translation>pregrado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="288" />
        <source>IPEDS reports distance education per school and level, not per program</source>
        <translation>IPEDS informa la educación a distancia por escuela y nivel, no por programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="292" />
        <source>Awards in this program and level in {period} (IPEDS)</source>
        <translation>Títulos otorgados en este programa y nivel en {period} (IPEDS)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="282" />
        <source>Median earnings and debt of the graduates of the school's whole program family at this level ({source}); too few graduates: not reported</source>
        <translation>Ingresos y deuda medianos de los titulados de toda la familia de programas de la escuela en este nivel ({source}); con muy pocos titulados no se publican</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="297" />
        <source>Average net price after grants for first-time full-time students ({source})</source>
        <translation>Precio neto promedio después de becas para estudiantes nuevos de tiempo completo ({source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="200" />
        <source>Published tuition and fees for {period} (IPEDS); they will have changed</source>
        <translation>Matrícula y cuotas publicadas para {period} (IPEDS); habrán cambiado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/models/schools.py" line="204" />
        <source>Graduates' median earnings, and their median debt as a share of it, for the school's whole program family at this level ({source})</source>
        <translation>Ingresos medianos de los titulados, y su deuda mediana como proporción de ellos, de toda la familia de programas de la escuela en este nivel ({source})</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="8" />
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="9" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="10" />
        <source>Credential level</source>
        <translation>Nivel de credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="11" />
        <source>Career or program</source>
        <translation>Carrera o programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="12" />
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="13" />
        <source>School type</source>
        <translation>Tipo de escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="14" />
        <source>Maximum tuition</source>
        <translation>Matrícula máxima</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="15" />
        <source>Hide schools with no reported tuition</source>
        <translation>Ocultar escuelas sin matrícula informada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="16" />
        <source>Had graduates last year</source>
        <translation>Tuvo titulados el año pasado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="17" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="18" />
        <source>Has graduates' earnings data</source>
        <translation>Con datos de ingresos de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="19" />
        <source>Minimum graduates' earnings</source>
        <translation>Ingresos mínimos de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="20" />
        <source>Maximum graduates' debt</source>
        <translation>Deuda máxima de los titulados</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/filter_labels.py" line="21" />
        <source>Minimum graduation or award rate</source>
        <translation>Tasa mínima de graduación o de título</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="76" />
        <source>Find a school</source>
        <translation>Buscar una escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/school.py" line="212" />
        <source>&lt;b&gt;Schools charge tuition and fees.&lt;/b&gt; The figures here are the published prices that schools reported to the US Department of Education (IPEDS) for the {period} school year, and they will have changed. Costs vary by program and by location: ask each school for its current tuition and fees before you enroll. No school pays to be listed here: the list is every school that reported a matching program.</source>
        <translation>&lt;b&gt;Las escuelas cobran matrícula y cuotas.&lt;/b&gt; Las cifras son los precios publicados que las escuelas informaron al Departamento de Educación de EE. UU. (IPEDS) para el año escolar {period}, y habrán cambiado. Los costos varían según el programa y el lugar: pida a cada escuela su matrícula y cuotas actuales antes de inscribirse. Ninguna escuela paga por aparecer aquí: la lista incluye todas las escuelas que informaron un programa afín.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="24" />
        <source>Tuition disclaimer</source>
        <translation>Aviso sobre la matrícula</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="41" />
        <source>Graduates' earnings and debt: {outcomes}, for the school's whole program family at each level; net price: {net_price}.</source>
        <translation>Ingresos y deuda de los titulados: {outcomes}, de toda la familia de programas de la escuela en cada nivel; precio neto: {net_price}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="119" />
        <source>Export this list (CSV)…</source>
        <translation>Exportar esta lista (CSV)…</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="131" />
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="143" />
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="58" />
        <source>Distance: pick a school and choose “Measure distances from this school”.</source>
        <translation>Distancia: elija una escuela y pulse «Medir distancias desde esta escuela».</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="178" />
        <source>{shown} of {total} programs</source>
        <translation>{shown} de {total} programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="31" />
        <source>Sources: IPEDS Completions {completions} (programs and graduates), Directory {directory}, Student Charges {tuition} (tuition and fees), Institutional Characteristics {distance} (distance education); programs matched to careers with the NCES CIP-SOC crosswalk, and by the guide's editors where the career filter says so. Online availability is reported per school and level, not per program.</source>
        <translation>Fuentes: IPEDS Completions {completions} (programas y titulados), Directory {directory}, Student Charges {tuition} (matrícula y cuotas), Institutional Characteristics {distance} (educación a distancia); programas vinculados a carreras con la tabla de correspondencia CIP-SOC de NCES y, donde el filtro de carreras lo indica, por los editores de la guía. La disponibilidad en línea se informa por escuela y nivel, no por programa.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="186" />
        <source>No program matches every filter. The “{filter}” filter removes the most: without it, {count} programs match.</source>
        <translation>Ningún programa cumple todos los filtros. El filtro «{filter}» es el que más quita: sin él, coinciden {count} programas.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="190" />
        <source>Clear “{filter}”</source>
        <translation>Quitar «{filter}»</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/schools.py" line="198" />
        <source>Compare programs ({n})</source>
        <translation>Comparar programas ({n})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/print/school_export.py" line="82" />
        <source>Export the school list</source>
        <translation>Exportar la lista de escuelas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="67" />
        <source>Distances from {school}, {city}, {state}. Show programs within</source>
        <translation>Distancias desde {school}, {city}, {state}. Mostrar programas a menos de</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/school_notes.py" line="63" />
        <source>Distances from {place}. Show programs within</source>
        <translation>Distancias desde {place}. Mostrar programas a menos de</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <location filename="../../hrguide/ui/widgets/interest_chart.py" line="27" />
        <source>Your six interest scores, chart</source>
        <translation>Sus seis puntuaciones de intereses, gráfico</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="30" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="31" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="32" />
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="33" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="34" />
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="99" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="100" />
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="101" />
        <source>Search careers, occupations, credentials, schools… (Ctrl+F)</source>
        <translation>Buscar carreras, ocupaciones, credenciales, escuelas… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shell/search.py" line="104" />
        <location filename="../../hrguide/ui/shell/search.py" line="157" />
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="78" />
        <source>Shortlist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="81" />
        <source>Star careers and programs anywhere in the guide (☆) to collect them here. Nothing is kept after you leave.</source>
        <translation>Marque carreras y programas en cualquier parte de la guía (☆) para reunirlos aquí. No se guarda nada cuando se va.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="86" />
        <source>Star careers and school programs anywhere in the guide (☆) to collect them here. Keep one list per student, add notes, and print or save a handout.</source>
        <translation>Marque con ☆ carreras y programas en cualquier parte de la guía para reunirlos aquí. Lleve una lista por estudiante, añada notas e imprima o guarde una hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="106" />
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="109" />
        <source>Current shortlist</source>
        <translation>Lista actual</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="118" />
        <source>Name, e.g. 10th grade - spring visit</source>
        <translation>Nombre, p. ej. 10.º grado - visita de primavera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="119" />
        <source>Shortlist name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="124" />
        <source>New list</source>
        <translation>Lista nueva</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="125" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="126" />
        <source>Delete list</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="138" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="150" />
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="151" />
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="151" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="153" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="154" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="156" />
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="156" />
        <source>no longer listed</source>
        <translation>ya no figura</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="158" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="166" />
        <source>Shortlisted careers and programs</source>
        <translation>Carreras y programas de la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="176" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="180" />
        <source>Note for the selected item</source>
        <translation>Nota del elemento elegido</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="181" />
        <source>Select an item, type a note, press Enter</source>
        <translation>Elija un elemento, escriba una nota y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="185" />
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="189" />
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="193" />
        <source>Compare these programs</source>
        <translation>Comparar estos programas</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="249" />
        <source>Student {n}</source>
        <translation>Estudiante {n}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="256" />
        <source>Started the list “{name}”.</source>
        <translation>Se creó la lista «{name}».</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="273" />
        <source>Deleted the list “{name}”.</source>
        <translation>Se borró la lista «{name}».</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/shortlist.py" line="290" />
        <source>Restored the list “{name}”.</source>
        <translation>Se recuperó la lista «{name}».</translation>
    </message>
</context>
<context>
    <name>Shortlister</name>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="18" />
        <source>another program (a backup or sync tool, or a second copy of the guide) is using the file</source>
        <translation>otro programa (una copia de seguridad, una sincronización o una segunda copia de la guía) está usando el archivo</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="22" />
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="23" />
        <source>the folder or the file is read-only</source>
        <translation>la carpeta o el archivo son de solo lectura</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="24" />
        <source>the file could not be opened or written</source>
        <translation>no se pudo abrir ni escribir el archivo</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="25" />
        <source>the file could not be used</source>
        <translation>no se pudo usar el archivo</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="26" />
        <source>the file was made by a newer version of the guide</source>
        <translation>el archivo lo creó una versión más reciente de la guía</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="27" />
        <source>the file cannot be changed now</source>
        <translation>el archivo no se puede modificar ahora</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="28" />
        <source>the file was made by another program or is damaged; it is kept as it is</source>
        <translation>el archivo lo creó otro programa o está dañado; se conserva tal como está</translation>
    </message>
    <message>
        <location filename="../../hrguide/store/reasons.py" line="31" />
        <source>the shortlist file is not an ordinary file (a folder, a pipe or a device)</source>
        <translation>el archivo de listas no es un archivo normal (es una carpeta, una tubería o un dispositivo)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shortlister.py" line="47" />
        <source>Your saved shortlists could not be read, so a new, empty file was started. The old file was kept as {path}.</source>
        <translation>No se pudieron leer sus listas guardadas, así que se empezó un archivo nuevo y vacío. El archivo antiguo se guardó como {path}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shortlister.py" line="70" />
        <source>Your shortlists cannot be changed right now: {reason}. Nothing was lost: the file {path} is kept as it is. Close the other program or free some space, then restart the guide.</source>
        <translation>Sus listas no se pueden modificar en este momento: {reason}. No se perdió nada: el archivo {path} se conserva tal cual. Cierre el otro programa o libere espacio y vuelva a abrir la guía.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/shortlister.py" line="18" />
        <source>My shortlist</source>
        <translation>Mi primera lista</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="28" />
        <source>no BLS figure</source>
        <translation>sin cifra del BLS</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="36" />
        <source>BLS publishes no pay or outlook under this occupation's code, so none is shown.</source>
        <translation>El BLS no publica sueldo ni perspectivas con el código de esta ocupación, así que no se muestra ninguno.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="40" />
        <source>BLS counts this occupation in a group, {title} ({code}): the pay and outlook below are the group's.</source>
        <translation>El BLS cuenta esta ocupación dentro de un grupo, {title} ({code}): el sueldo y las perspectivas de abajo son los del grupo.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="45" />
        <source>BLS counts this occupation with others as {title} ({code}): the pay and outlook below are for all of them.</source>
        <translation>El BLS cuenta esta ocupación junto con otras como {title} ({code}): el sueldo y las perspectivas de abajo son los de todas ellas.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="51" />
        <source>BLS occupation: {title} ({code}).</source>
        <translation>Ocupación del BLS: {title} ({code}).</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="61" />
        <source>O*NET lists no tasks for it.</source>
        <translation>O*NET no indica tareas para ella.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="70" />
        <source>Job zone ({source})</source>
        <translation>Zona de empleo ({source})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="73" />
        <source>not rated</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="77" />
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="79" />
        <source>Typical entry education</source>
        <translation>Educación típica de entrada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="80" />
        <source>Related work experience</source>
        <translation>Experiencia laboral relacionada</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="81" />
        <source>On-the-job training</source>
        <translation>Formación en el trabajo</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="100" />
        <source>US ({period})</source>
        <translation>EE. UU. ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="107" />
        <source>{state} ({period})</source>
        <translation>{state} ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="112" />
        <source>no {state} estimate from BLS</source>
        <translation>el BLS no publica una estimación para {state}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="121" />
        <source>Job growth ({period})</source>
        <translation>Crecimiento del empleo ({period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="129" />
        <source>Openings a year ({period} average)</source>
        <translation>Vacantes al año (promedio {period})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="137" />
        <source>Sources: {sources}.</source>
        <translation>Fuentes: {sources}.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="157" />
        <source>Your interest check: number {rank} of {total} occupations ({fit})</source>
        <translation>Su prueba de intereses: número {rank} de {total} ocupaciones ({fit})</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/html/snapshot.py" line="163" />
        <source>you {score} of {maximum} · this occupation {rating} of 7</source>
        <translation>usted {score} de {maximum} · esta ocupación {rating} de 7</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="50" />
        <source>Data release {release}, installed with the guide.</source>
        <translation>Versión de datos {release}, instalada con la guía.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="52" />
        <source>Data release {release}, a data update installed on this computer.</source>
        <translation>Versión de datos {release}, una actualización de datos instalada en este equipo.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="60" />
        <source>The guide's own texts in this language are the hrguide editors' translation. Data that the sources publish only in English (O*NET tasks and descriptions, BLS and IPEDS names) is shown as published.</source>
        <translation>Los textos propios de la guía en este idioma son una traducción de los editores de hrguide. Los datos que las fuentes publican solo en inglés (tareas y descripciones de O*NET, nombres de BLS e IPEDS) se muestran tal como se publican.</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="75" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="76" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="78" />
        <source>Release (as of)</source>
        <translation>Edición (fecha)</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="82" />
        <source> — older than five years</source>
        <translation> — de hace más de cinco años</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="88" />
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="90" />
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="97" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="106" />
        <source>Credential requirements and the issuers' pages</source>
        <translation>Requisitos de las credenciales y páginas de los emisores</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="109" />
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="110" />
        <source>Issued by</source>
        <translation>Otorgada por</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="112" />
        <source>Checked on</source>
        <translation>Comprobado el</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="113" />
        <source>not yet checked by a person</source>
        <translation>nadie lo ha comprobado todavía</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="123" />
        <source>Credential checks</source>
        <translation>Comprobaciones de credenciales</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/sources.py" line="129" />
        <source>O*NET attribution</source>
        <translation>Atribución de O*NET</translation>
    </message>
</context>
<context>
    <name>StarButton</name>
    <message>
        <location filename="../../hrguide/ui/widgets/star.py" line="37" />
        <source>★ On the shortlist</source>
        <translation>★ En la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/star.py" line="37" />
        <source>☆ Add to shortlist</source>
        <translation>☆ Añadir a la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/star.py" line="39" />
        <source>Remove from the shortlist</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/star.py" line="39" />
        <source>Add to the shortlist</source>
        <translation>Añadir a la lista</translation>
    </message>
</context>
<context>
    <name>StateTileMap</name>
    <message>
        <location filename="../../hrguide/ui/widgets/charts.py" line="81" />
        <source>Darker = higher median; — = not published · {source}</source>
        <translation>Más oscuro = mediana más alta; — = no publicado · {source}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../hrguide/ui/widgets/stepper.py" line="46" />
        <source>Less: {name}</source>
        <translation>Menos: {name}</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/widgets/stepper.py" line="50" />
        <source>More: {name}</source>
        <translation>Más: {name}</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="75" />
        <source>Career:</source>
        <translation>Carrera:</translation>
    </message>
    <message>
        <location filename="../../hrguide/ui/pages/topics.py" line="76" />
        <source>Career to show</source>
        <translation>Carrera que mostrar</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../hrguide/ui/widgets/trend_bars.py" line="61" />
        <source>Graduates per year, chart</source>
        <translation>Titulados por año, gráfico</translation>
    </message>
</context>
<context>
    <name>WageRangeChart</name>
    <message>
        <location filename="../../hrguide/ui/widgets/wage_chart.py" line="106" />
        <source>Line: 10th to 90th percentile · Box: middle half · Mark: median</source>
        <translation>Línea: del percentil 10 al 90 · Caja: la mitad central · Marca: mediana</translation>
    </message>
</context>
</TS>