<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cli</name>
    <message>
        <source>Use the database and settings in &lt;dir&gt;.</source>
        <translation>Usa la base de datos y la configuración de &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>chat: the session name.</source>
        <translation>chat: el nombre de la sesión.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Qué hacer (ver arriba).</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown language %1; use en, ko, ja or es.</source>
        <translation>storyteller-cli: idioma desconocido %1; usa en, ko, ja o es.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: %2</source>
        <translation>storyteller-cli: %1: %2</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n script(s).</source>
        <translation>
            <numerusform>Se importó %n guion.</numerusform>
            <numerusform>Se importaron %n guiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 failed.</source>
        <translation>Se importaron %1 de %2; fallaron %3.</translation>
    </message>
    <message>
        <source>storyteller-cli: script %1 cannot be read; left out.</source>
        <translation>storyteller-cli: no se puede leer el guion %1; se omite.</translation>
    </message>
    <message>
        <source>storyteller-cli: no script with id %1; see &apos;storyteller-cli library list&apos;.</source>
        <translation>storyteller-cli: no hay ningún guion con el id %1; consulta &apos;storyteller-cli library list&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n guion a %1.</numerusform>
            <numerusform>Se exportaron %n guiones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>storyteller-cli: %1 sessions are named “%2”; exporting the most recent one (id %3).</source>
        <translation>storyteller-cli: hay %1 sesiones llamadas «%2»; se exporta la más reciente (id %3).</translation>
    </message>
    <message>
        <source>storyteller-cli: no session with the id or name “%1”; see &apos;storyteller-cli sessions list&apos;.</source>
        <translation>storyteller-cli: no hay ninguna sesión con el id o el nombre «%1»; consulta &apos;storyteller-cli sessions list&apos;.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1 espeak-ng speaks the rest.</source>
        <translation>storyteller-cli: %1 espeak-ng lee el resto.</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown format %1; use json or md.</source>
        <translation>storyteller-cli: formato desconocido %1; usa json o md.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: that session was already here; imported as a new session, “%2”.</source>
        <translation>storyteller-cli: %1: esa sesión ya estaba aquí; se importó como una sesión nueva, «%2».</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown audio format %1; use wav, mp3 or opus.</source>
        <translation>storyteller-cli: formato de audio desconocido %1; usa wav, mp3 u opus.</translation>
    </message>
    <message>
        <source>storyteller-cli: there is nothing to say in this text.</source>
        <translation>storyteller-cli: en este texto no hay nada que leer.</translation>
    </message>
    <message>
        <source>Storyteller from the command line.

Commands:
  library list          the scripts in the library (id, language, title)
  library export [ID...] scripts in Storyteller&apos;s JSON form, all without an ID
                        (--language xx: only those in xx; --output FILE)
  library import FILE... documents [{&quot;title&quot;: ..., &quot;content&quot;: ...}] (written by
                        the model, in --language) and Storyteller scripts
  sessions list         the saved sessions (id, name, story, messages)
  session export-audio SESSION  the narration of a session (its id or name) as
                        one audio file with its chapters, and its transcript in
                        Markdown (--format wav, the default, with a .cue sheet;
                        mp3, needs lame; opus, needs opus-tools; --output PATH:
                        PATH.wav (.mp3, .opus) and PATH.md; default: the session&apos;s
                        name, here)
  session export SESSION  a session (its id or name) as a file: JSON, complete
                        (--format json, the default), or a Markdown transcript
                        (--format md); --output: a file or a folder (default: here)
  session import FILE...  session files exported as JSON, each as a new session
                        (one already here: a copy, &quot;(imported)&quot;)
  models                the models the configured server offers
  check                 test the connection to the model server
  chat                  tell a story on stdin/stdout: the first line is the request,
                        then each line is your reply; exit ends (--listen:
                        told to the end with no replies)
  extract URL|FILE      a web page&apos;s or a file&apos;s title (first line) and text
  say TEXT...           speak TEXT (&quot;-&quot;: stdin) with the configured voice (--language xx;
                        --output FILE.wav: into a file; --show: print what the voice
                        engine is given, one sentence a line)

Exit codes: 0 ok, 1 not found, 2 data folder unusable, 3 no model provider set up, 4 server unreachable, 5 key or quota refused, 6 no such model, 7 other server error, 8 some entries not imported (library import, session import), 9 export failed (session export, export-audio), 64 usage. extract: 1 no such page or file, 4 site unreachable, 5 access refused, 7 no readable text there.</source>
        <translation>Storyteller desde la línea de comandos.

Comandos:
  library list          los guiones de la biblioteca (id, idioma, título)
  library export [ID...] guiones en el formato JSON de Storyteller; sin ID, todos
                        (--language xx: solo los de xx; --output FILE)
  library import FILE... documentos [{&quot;title&quot;: ..., &quot;content&quot;: ...}] (el modelo
                        los escribe en --language) y guiones de Storyteller
  sessions list         las sesiones guardadas (id, nombre, historia, mensajes)
  session export-audio SESSION  la narración de una sesión (su id o nombre) como un
                        archivo de audio con sus capítulos, y su transcripción en
                        Markdown (--format wav, por omisión, con una hoja .cue; mp3,
                        necesita lame; opus, necesita opus-tools; --output PATH:
                        PATH.wav (.mp3, .opus) y PATH.md; por omisión, el nombre de
                        la sesión, aquí)
  session export SESSION  una sesión (su id o nombre) como archivo: JSON, completo
                        (--format json, por omisión), o una transcripción en Markdown
                        (--format md); --output: un archivo o una carpeta (por omisión, aquí)
  session import FILE...  archivos de sesión exportados como JSON, cada uno como sesión
                        nueva (si ya existe: una copia, «(importada)»)
  models                los modelos que ofrece el servidor configurado
  check                 prueba la conexión con el servidor de modelos
  chat                  cuenta una historia por stdin/stdout: la primera línea es
                        la petición y cada línea siguiente, tu respuesta; exit termina
                        (--listen: contada hasta el final sin respuestas)
  extract URL|FILE      el título (primera línea) y el texto de una página web o
                        de un archivo
  say TEXT...           lee TEXT (&quot;-&quot;: stdin) con la voz configurada (--language xx;
                        --output FILE.wav: a un archivo; --show: muestra lo que recibe
                        el motor de voz, una frase por línea)

Códigos de salida: 0 correcto, 1 no encontrado, 2 carpeta de datos inutilizable, 3 ningún proveedor de modelos configurado, 4 servidor inaccesible, 5 clave o cuota rechazada, 6 no existe ese modelo, 7 otro error del servidor, 8 algunas entradas no se importaron (library import, session import), 9 falló la exportación (session export, export-audio), 64 uso incorrecto. extract: 1 no existe la página o el archivo, 4 sitio inaccesible, 5 acceso denegado, 7 no hay texto legible.</translation>
    </message>
    <message>
        <source>chat, library import and export, say: the story language (en, ko, ja, es).</source>
        <translation>chat, library import y export, say: el idioma de la historia (en, ko, ja, es).</translation>
    </message>
    <message>
        <source>library export: write to &lt;file&gt;, not stdout. session export: write &lt;file&gt; (or into that folder). session export-audio: write &lt;file&gt;.wav (.mp3, .opus; a WAV with &lt;file&gt;.cue) and &lt;file&gt;.md. say: write &lt;file&gt;.wav.</source>
        <translation>library export: escribe en &lt;file&gt; en lugar de en stdout. session export: escribe &lt;file&gt; (o dentro de esa carpeta). session export-audio: escribe &lt;file&gt;.wav (.mp3, .opus; un WAV con &lt;file&gt;.cue) y &lt;file&gt;.md. say: escribe &lt;file&gt;.wav.</translation>
    </message>
    <message>
        <source>session export: json (complete, the default) or md (a readable transcript). session export-audio: wav (the default), mp3 or opus.</source>
        <translation>session export: json (completo, por omisión) o md (una transcripción legible). session export-audio: wav (por omisión), mp3 u opus.</translation>
    </message>
    <message>
        <source>say: print what the voice engine is given, not the sound.</source>
        <translation>say: muestra lo que recibe el motor de voz, en lugar del sonido.</translation>
    </message>
    <message>
        <source>chat: listen without answering: the story is told through to the end, like an audiobook.</source>
        <translation>chat: escuchar sin responder: la historia se cuenta hasta el final, como un audiolibro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>True stories, told as a conversation.</source>
        <translation>Historias reales, contadas como una conversación.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Guarda la base de datos y la configuración en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Save a picture of the first page to &lt;file&gt; and quit.</source>
        <translation>Guarda una imagen de la primera página en &lt;file&gt; y sale.</translation>
    </message>
    <message>
        <source>Storyteller cannot start</source>
        <translation>Storyteller no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>st::AppController</name>
    <message>
        <source>The API key could not be stored: neither the system keychain nor the private key file in the data folder accepted it.</source>
        <translation>No se pudo guardar la clave de API: ni el llavero del sistema ni el archivo de clave privado de la carpeta de datos la aceptaron.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1). Check that the disk is not full, then try again.</source>
        <translation>No se pudo guardar la sesión (%1). Comprueba que el disco no esté lleno y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>No se pudo leer la historia “%1” de la biblioteca. Prueba con otra historia.</translation>
    </message>
    <message>
        <source>The script could not be saved to the library (%1). Your text is still here; check the disk and try again.</source>
        <translation>No se pudo guardar el guion en la biblioteca (%1). Tu texto sigue aquí; revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>No se encontró esa sesión; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>st::AppFlow</name>
    <message>
        <source>That name is %1 characters long; keep it under %2.</source>
        <translation>Ese nombre tiene %1 caracteres; usa menos de %2.</translation>
    </message>
</context>
<context>
    <name>st::AudioEncodeError</name>
    <message>
        <source>Exporting %1 needs the program %2, which is not installed. Install the package %3 (for example: sudo apt install %3), or export as WAV.</source>
        <translation>Para exportar en %1 hace falta el programa %2, que no está instalado. Instala el paquete %3 (por ejemplo: sudo apt install %3) o exporta en WAV.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2.</source>
        <translation>%1 no pudo codificar el audio como %2.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2: %3</source>
        <translation>%1 no pudo codificar el audio como %2: %3</translation>
    </message>
</context>
<context>
    <name>st::AudioEncoder</name>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>se detuvo de forma inesperada</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>it wrote nothing</source>
        <translation>no escribió nada</translation>
    </message>
</context>
<context>
    <name>st::AudioExportDialog</name>
    <message>
        <source>WAV audio, chapters in a cue sheet beside it (*.wav)</source>
        <translation>Audio WAV, capítulos en una hoja cue al lado (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio with chapters (*.mp3)</source>
        <translation>Audio MP3 con capítulos (*.mp3)</translation>
    </message>
    <message>
        <source>Opus audio with chapters (*.opus)</source>
        <translation>Audio Opus con capítulos (*.opus)</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Exportar audio</translation>
    </message>
    <message>
        <source>%1 is already there. Replace it?</source>
        <translation>%1 ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>%1 are already there. The transcript and the cue sheet are saved beside the audio under those names. Replace them?</source>
        <translation>%1 ya existen. La transcripción y la hoja cue se guardan junto al audio con esos nombres. ¿Quieres reemplazarlos?</translation>
    </message>
    <message>
        <source>%1 is already there. The cue sheet (the chapters) is saved beside the audio under that name. Replace it?</source>
        <translation>%1 ya existe. La hoja cue (los capítulos) se guarda junto al audio con ese nombre. ¿Quieres reemplazarla?</translation>
    </message>
    <message>
        <source>%1 is already there. The transcript is saved beside the audio under that name. Replace it?</source>
        <translation>%1 ya existe. La transcripción se guarda junto al audio con ese nombre. ¿Reemplazarla?</translation>
    </message>
</context>
<context>
    <name>st::BatchImporter</name>
    <message>
        <source>Writing a script from a document needs a language model, and none is configured. Set up a model provider and import it again; ready scripts import without one.</source>
        <translation>Para escribir un guion a partir de un documento hace falta un modelo de lenguaje, y no hay ninguno configurado. Configura un proveedor de modelos y vuelve a importarlo; los guiones ya hechos se importan sin él.</translation>
    </message>
    <message>
        <source>Already in the library; not added again.</source>
        <translation>Ya está en la biblioteca; no se ha vuelto a añadir.</translation>
    </message>
    <message>
        <source>The script could not be saved: %1</source>
        <translation>No se pudo guardar el guion: %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMarks</name>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMenuButton</name>
    <message>
        <source>chapter %1 of %2</source>
        <translation>capítulo %1 de %2</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introducción</translation>
    </message>
    <message>
        <source> · shorter chapters</source>
        <translation> · capítulos más cortos</translation>
    </message>
    <message>
        <source> · longer chapters</source>
        <translation> · capítulos más largos</translation>
    </message>
    <message>
        <source>The story&apos;s chapters: hear one again, or go on to the next</source>
        <translation>Los capítulos de la historia: vuelve a oír uno o pasa al siguiente</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (aquí)</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1 (siguiente)</translation>
    </message>
    <message>
        <source>Hear this chapter again</source>
        <translation>Volver a oír este capítulo</translation>
    </message>
    <message>
        <source>Go on to this chapter</source>
        <translation>Pasar a este capítulo</translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation>Saltar al final</translation>
    </message>
    <message>
        <source>Shorter chapters</source>
        <translation>Capítulos más cortos</translation>
    </message>
    <message>
        <source>Longer chapters</source>
        <translation>Capítulos más largos</translation>
    </message>
</context>
<context>
    <name>st::ChatPage</name>
    <message>
        <source>%1 tokens in, %2 out this session</source>
        <translation>%1 tokens de entrada y %2 de salida en esta sesión</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Save this session and go back to the start</source>
        <translation>Guardar esta sesión y volver al inicio</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Enviar (Enter). Mayús+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the narrator (Esc). What was told is kept.</source>
        <translation>Detener al narrador (Esc). Lo que ya se contó se conserva.</translation>
    </message>
    <message>
        <source>Your answer… (type &quot;exit&quot; to finish)</source>
        <translation>Tu respuesta… (escribe &quot;salir&quot; para terminar)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on from where the reply stopped</source>
        <translation>Seguir desde donde se detuvo la respuesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Tell this part again from its start</source>
        <translation>Volver a contar esta parte desde el principio</translation>
    </message>
    <message>
        <source>The last reply was cut off. What arrived is kept.</source>
        <translation>La última respuesta se cortó. Lo que llegó se conserva.</translation>
    </message>
    <message>
        <source>Tell the last reply again</source>
        <translation>Volver a contar la última respuesta</translation>
    </message>
    <message>
        <source>Edit my answer</source>
        <translation>Editar mi respuesta</translation>
    </message>
    <message>
        <source>Change your last answer and hear the reply again</source>
        <translation>Cambiar tu última respuesta y volver a escuchar la continuación</translation>
    </message>
    <message>
        <source>Editing your last answer: press Enter to send it again, or Esc to cancel.</source>
        <translation>Editando tu última respuesta: pulsa Enter para enviarla de nuevo o Esc para cancelar.</translation>
    </message>
    <message>
        <source>The story has ended. Press End or type &quot;exit&quot; to finish.</source>
        <translation>La historia ha terminado. Pulsa Terminar o escribe &quot;salir&quot; para finalizar.</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Exportar audio</translation>
    </message>
    <message>
        <source>Exporting the session&apos;s audio…</source>
        <translation>Exportando el audio de la sesión…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved the audio to %1 and the transcript to %2.</source>
        <translation>Se guardó el audio en %1 y la transcripción en %2.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesión nueva</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>st::ChatSession</name>
    <message>
        <source>That message is %1 characters long; the limit is %2. Shorten it and send it again.</source>
        <translation>Ese mensaje tiene %1 caracteres; el límite es %2. Acórtalo y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>Your message could not be saved (%1). It is still in the box; check the disk and send it again.</source>
        <translation>No se pudo guardar tu mensaje (%1). Sigue en el cuadro de texto; revisa el disco y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>Your message could not be translated (%1), so the narrator gets it as you wrote it.</source>
        <translation>No se pudo traducir tu mensaje (%1), así que el narrador lo recibe tal como lo escribiste.</translation>
    </message>
    <message>
        <source>Your edit could not be saved (%1). It is still in the box.</source>
        <translation>No se pudo guardar tu cambio (%1). Sigue en el cuadro de texto.</translation>
    </message>
    <message>
        <source>The story could not be saved to the database (%1). It is still shown here; check the disk.</source>
        <translation>No se pudo guardar la historia en la base de datos (%1). Se sigue mostrando aquí; revisa el disco.</translation>
    </message>
</context>
<context>
    <name>st::CheckPage</name>
    <message>
        <source>What story would you like to hear?</source>
        <translation>¿Qué historia te gustaría escuchar?</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>A name, a place or an event — e.g. the Mary Celeste — or &quot;anything&quot;</source>
        <translation>Un nombre, un lugar o un suceso — p. ej., el Mary Celeste — o &quot;cualquier cosa&quot;</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Hint: be more specific. Name the person, ship or place and the event, e.g. &quot;the ghost ship Mary Celeste, 1872&quot;.</source>
        <translation>Consejo: sé más concreto. Menciona a la persona, el barco o el lugar y el suceso, p. ej., &quot;el barco fantasma Mary Celeste, 1872&quot;.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>Volver a la configuración de la sesión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>Write a new script for this story</source>
        <translation>Escribir un guion nuevo para esta historia</translation>
    </message>
    <message>
        <source>Found it: “%1”.</source>
        <translation>La encontré: “%1”.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — add a name, a place or the event — and ask again.</source>
        <translation>¿Quisiste decir “%1”? Cuéntame un poco más — añade un nombre, un lugar o el suceso — y vuelve a preguntar.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Try again with more detail, create a script for it, or go back.</source>
        <translation>Todavía no conozco esa historia. Vuelve a intentarlo con más detalles, crea un guion para ella o vuelve atrás.</translation>
    </message>
    <message>
        <source>Yes, tell that one</source>
        <translation>Sí, cuéntame esa</translation>
    </message>
    <message>
        <source>Tell the story suggested above (Enter)</source>
        <translation>Cuenta la historia sugerida arriba (Intro)</translation>
    </message>
    <message>
        <source>Perhaps one of these from the library?</source>
        <translation>¿Quizá una de estas de la biblioteca?</translation>
    </message>
    <message>
        <source>Tell “%1”</source>
        <translation>Contar «%1»</translation>
    </message>
    <message>
        <source>Story to hear</source>
        <translation>Historia que quieres escuchar</translation>
    </message>
    <message>
        <source>Checking the story</source>
        <translation>Comprobando la historia</translation>
    </message>
</context>
<context>
    <name>st::CliChat</name>
    <message>
        <source>storyteller-cli: the session could not be started.</source>
        <translation>storyteller-cli: no se pudo iniciar la sesión.</translation>
    </message>
    <message>
        <source>What story would you like to hear? </source>
        <translation>¿Qué historia te gustaría escuchar? </translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — a name, a place or the event.</source>
        <translation>¿Quisiste decir “%1”? Cuéntame un poco más — un nombre, un lugar o el suceso.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Type another request with more detail (name and event), or &quot;exit&quot;. Writing a new script needs the app&apos;s Create page.</source>
        <translation>Todavía no conozco esa historia. Escribe otra petición con más detalles (nombre y suceso) o &quot;salir&quot;. Para escribir un guion nuevo necesitas la página Crear de la aplicación.</translation>
    </message>
    <message>
        <source>storyteller-cli: the story cannot be told without answers from here.</source>
        <translation>storyteller-cli: desde aquí la historia no puede seguir sin respuestas.</translation>
    </message>
</context>
<context>
    <name>st::ClipDecoder</name>
    <message>
        <source>no sample rate was given</source>
        <translation>no se indicó la frecuencia de muestreo</translation>
    </message>
    <message>
        <source>the decoder did not finish in %1 s</source>
        <translation>el decodificador no terminó en %1 s</translation>
    </message>
    <message>
        <source>an unexpected sample format (%1)</source>
        <translation>un formato de muestra inesperado (%1)</translation>
    </message>
</context>
<context>
    <name>st::CreatePage</name>
    <message>
        <source>Open a script</source>
        <translation>Abrir un guion</translation>
    </message>
    <message>
        <source>Scripts (*.json *.md *.txt);;All files (*)</source>
        <translation>Guiones (*.json *.md *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; a script is much smaller. Choose the script file itself.</source>
        <translation>%1 ocupa más de 5 MB; un guion es mucho más pequeño. Elige el archivo del guion en sí.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Create a story script</source>
        <translation>Crear el guion de una historia</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Back to the story request, without saving</source>
        <translation>Volver a la petición de historia, sin guardar</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Leyendo la página…</translation>
    </message>
    <message>
        <source>Splitting the text into parts…</source>
        <translation>Dividiendo el texto en partes…</translation>
    </message>
    <message>
        <source>Keeping what belongs to the story: part %1 of %2</source>
        <translation>Conservando lo que pertenece a la historia: parte %1 de %2</translation>
    </message>
    <message>
        <source>Writing the script…</source>
        <translation>Escribiendo el guion…</translation>
    </message>
    <message>
        <source>Writing the script: section %1 of %2</source>
        <translation>Escribiendo el guion: sección %1 de %2</translation>
    </message>
    <message>
        <source>Read “%1”: %2 characters</source>
        <translation>Se leyó “%1”: %2 caracteres</translation>
    </message>
    <message>
        <source>The script is ready: read it, correct it if needed, then save it.</source>
        <translation>El guion está listo: léelo, corrígelo si hace falta y guárdalo.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se guardó nada.</translation>
    </message>
    <message>
        <source>The library already has “%1”, written from this page. Tell that one, or write a new script?</source>
        <translation>La biblioteca ya tiene “%1”, un guion escrito a partir de esta página. ¿Contar ese o escribir uno nuevo?</translation>
    </message>
    <message>
        <source>Tell that one</source>
        <translation>Contar ese</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>Escribir uno nuevo</translation>
    </message>
    <message>
        <source>Add the script to the library and go back to the story request</source>
        <translation>Añadir el guion a la biblioteca y volver a la petición de historia</translation>
    </message>
</context>
<context>
    <name>st::CreateProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop writing; nothing is saved</source>
        <translation>Dejar de escribir; no se guarda nada</translation>
    </message>
</context>
<context>
    <name>st::CreateSourcePanel</name>
    <message>
        <source>Writing a new script from a web page or your own text needs a language model, and none is configured. Set one up under Story ▸ Model provider…; until then you can add a ready-made script.</source>
        <translation>Para escribir un guion nuevo a partir de una página web o de tu propio texto hace falta un modelo de lenguaje, y no hay ninguno configurado. Configúralo en Historia ▸ Proveedor de modelos…; mientras tanto, puedes añadir un guion ya hecho.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>Ready-made script</source>
        <translation>Guion ya hecho</translation>
    </message>
    <message>
        <source>The address of a page that tells the story, such as an encyclopedia article or a news report. Only what the page says goes into the script.</source>
        <translation>La dirección de una página que cuente la historia, como un artículo de enciclopedia o una noticia. En el guion solo entra lo que dice la página.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Write script</source>
        <translation>Escribir guion</translation>
    </message>
    <message>
        <source>Paste the text the story should be written from: an article, notes, a chapter of a book.</source>
        <translation>Pega el texto a partir del cual se escribirá la historia: un artículo, unas notas, un capítulo de un libro.</translation>
    </message>
    <message>
        <source>Paste text here…</source>
        <translation>Pega el texto aquí…</translation>
    </message>
    <message>
        <source>Paste a script into the editor below, or open a file: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot;.</source>
        <translation>Pega un guion en el editor de abajo o abre un archivo: JSON de Storyteller, o markdown con encabezados como &quot;# prologue 1 : …&quot;.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Import many at once: JSON files of ready scripts, or of documents [{&quot;title&quot;: …, &quot;content&quot;: …}] to write scripts from.</source>
        <translation>Importa muchos a la vez: archivos JSON de guiones ya hechos, o de documentos [{&quot;title&quot;: …, &quot;content&quot;: …}] a partir de los que escribir guiones.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>st::DatabaseError</name>
    <message>
        <source>Storyteller could not create its data folder for %1. Choose a folder you can write to with --data-dir, then start Storyteller again.</source>
        <translation>Storyteller no pudo crear su carpeta de datos en %1. Elige con --data-dir una carpeta en la que puedas escribir y vuelve a iniciar Storyteller.</translation>
    </message>
    <message>
        <source>The story database %1 cannot be written to. Check the file&apos;s permissions, or start Storyteller with --data-dir pointing to a writable folder. The file was not changed.</source>
        <translation>No se puede escribir en la base de datos de historias %1. Revisa los permisos del archivo o inicia Storyteller con --data-dir apuntando a una carpeta con permiso de escritura. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>The story database %1 is damaged or is not a Storyteller database. It was left untouched: move it somewhere safe (or restore a backup) and start Storyteller again.</source>
        <translation>La base de datos de historias %1 está dañada o no es una base de datos de Storyteller. No se ha tocado: muévela a un lugar seguro (o restaura una copia de seguridad) y vuelve a iniciar Storyteller.</translation>
    </message>
    <message>
        <source>The story database %1 was written by a newer version of Storyteller. Install the newer version to open it; this version will not change it.</source>
        <translation>La base de datos de historias %1 se creó con una versión más reciente de Storyteller. Instala esa versión para abrirla; esta versión no la modificará.</translation>
    </message>
    <message>
        <source>The story database %1 could not be upgraded, so it was left as it was. Make sure the disk is not full and try again.</source>
        <translation>No se pudo actualizar la base de datos de historias %1, así que se dejó como estaba. Asegúrate de que el disco no esté lleno y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>st::ExportAssembler</name>
    <message>
        <source>Cannot make a temporary folder for the export: %1.</source>
        <translation>No se puede crear una carpeta temporal para la exportación: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::ExportedFiles</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::HealthReport</name>
    <message>
        <source>Connected to %1, but it has no model named “%2”. It offers: %3. Pick one of these.</source>
        <translation>Conectado a %1, pero no tiene ningún modelo llamado “%2”. Ofrece: %3. Elige uno de ellos.</translation>
    </message>
    <message>
        <source>Connected to %1. The model “%2” is ready (%3 model(s) on the server).</source>
        <translation>Conectado a %1. El modelo “%2” está listo (modelos en el servidor: %3).</translation>
    </message>
</context>
<context>
    <name>st::ImportDialog</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1. Failed: %2.</source>
        <translation>Importados: %1. Fallidos: %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 not imported.</source>
        <translation>Cancelado: %1 sin importar.</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>Importar guiones</translation>
    </message>
    <message>
        <source>Importing 1 file into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>Importando 1 archivo a la biblioteca. El modelo convierte los documentos en guiones, de uno en uno.</translation>
    </message>
    <message>
        <source>Importing %1 files into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>Importando %1 archivos a la biblioteca. El modelo convierte los documentos en guiones, de uno en uno.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop: scripts already imported stay in the library</source>
        <translation>Detener: los guiones ya importados se quedan en la biblioteca</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>st::ImportFile</name>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>This entry is not an object: expected a document such as {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} or a script.</source>
        <translation>Esta entrada no es un objeto: se esperaba un documento como {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} o un guion.</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>Guion %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the script is written in %2.</source>
        <translation>Idioma desconocido &quot;%1&quot;; el guion se escribe en %2.</translation>
    </message>
    <message>
        <source>Ignored the source &quot;%1&quot;: not a web address.</source>
        <translation>Se ignoró la fuente &quot;%1&quot;: no es una dirección web.</translation>
    </message>
    <message>
        <source>The document has no text: give it a &quot;content&quot; (or &quot;text&quot;, &quot;body&quot;) field.</source>
        <translation>El documento no tiene texto: añade un campo &quot;content&quot; (o &quot;text&quot;, &quot;body&quot;).</translation>
    </message>
    <message>
        <source>The document&apos;s &quot;%1&quot; is not text.</source>
        <translation>El campo &quot;%1&quot; del documento no es texto.</translation>
    </message>
    <message>
        <source>The document&apos;s text is empty.</source>
        <translation>El texto del documento está vacío.</translation>
    </message>
    <message>
        <source>Expected JSON: a list of documents such as [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], one such document, or Storyteller scripts (&quot;format&quot;: &quot;storyteller-script&quot;), alone, in a list or in {&quot;scripts&quot;: […]}.</source>
        <translation>Se esperaba JSON: una lista de documentos como [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], un solo documento así, o guiones de Storyteller (&quot;format&quot;: &quot;storyteller-script&quot;), solos, en una lista o dentro de {&quot;scripts&quot;: […]}.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is %1 MB). Split it into smaller files.</source>
        <translation>El archivo es demasiado grande para importarlo (el límite es de %1 MB). Divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation>El archivo no es un JSON válido (en el byte %1).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be documents or scripts.</source>
        <translation>El archivo tiene demasiados niveles anidados para ser documentos o guiones.</translation>
    </message>
    <message>
        <source>The file holds no documents or scripts.</source>
        <translation>El archivo no contiene documentos ni guiones.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to import.</source>
        <translation>El archivo contiene una lista vacía: no hay nada que importar.</translation>
    </message>
</context>
<context>
    <name>st::InputTranslator</name>
    <message>
        <source>The model returned no translation.</source>
        <translation>El modelo no devolvió ninguna traducción.</translation>
    </message>
</context>
<context>
    <name>st::JsonInput</name>
    <message>
        <source>It is not valid JSON (at byte %1).</source>
        <translation>No es un JSON válido (en el byte %1).</translation>
    </message>
    <message>
        <source>It holds a number too large to read.</source>
        <translation>Contiene un número demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>It is nested more than %1 levels deep.</source>
        <translation>Está anidado a más de %1 niveles de profundidad.</translation>
    </message>
</context>
<context>
    <name>st::LexicalEvaluator</name>
    <message>
        <source>The library is empty, so there is no story to pick. Add a script on the Create page.</source>
        <translation>La biblioteca está vacía, así que no hay ninguna historia que elegir. Añade un guion en la página Crear.</translation>
    </message>
    <message>
        <source>Type the story you would like to hear: a name, a place or an event, or &quot;anything&quot;.</source>
        <translation>Escribe la historia que te gustaría escuchar: un nombre, un lugar o un suceso, o &quot;cualquier cosa&quot;.</translation>
    </message>
    <message>
        <source>That request is %1 characters long; please keep it under %2, such as a name and an event.</source>
        <translation>Esa petición tiene %1 caracteres; por favor, usa menos de %2, por ejemplo un nombre y un suceso.</translation>
    </message>
</context>
<context>
    <name>st::LibraryItemDelegate</name>
    <message>
        <source>Not heard yet</source>
        <translation>Aún sin escuchar</translation>
    </message>
    <message>
        <source>Heard to the end</source>
        <translation>Escuchada hasta el final</translation>
    </message>
    <message>
        <source>Heard %1 of %2</source>
        <translation>Escuchados %1 de %2</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>En: %1</translation>
    </message>
</context>
<context>
    <name>st::LlmError</name>
    <message>
        <source>The model server refused the API key (HTTP %1). Check the key in Model provider settings, or that it is allowed to use this model.</source>
        <translation>El servidor de modelos rechazó la clave de API (HTTP %1). Revisa la clave en la configuración del proveedor de modelos o comprueba que tenga permiso para usar este modelo.</translation>
    </message>
    <message>
        <source>The server does not have the model that is set. Pick one from the server&apos;s list in Model provider settings (with Ollama: pull it first).</source>
        <translation>El servidor no tiene el modelo configurado. Elige uno de la lista del servidor en la configuración del proveedor de modelos (con Ollama: descárgalo primero con pull).</translation>
    </message>
    <message>
        <source>The server has no such address (HTTP 404). Check the base URL in Model provider settings — OpenAI-compatible servers usually end in /v1.</source>
        <translation>El servidor no tiene esa dirección (HTTP 404). Revisa la URL base en la configuración del proveedor de modelos — los servidores compatibles con OpenAI suelen terminar en /v1.</translation>
    </message>
    <message>
        <source>The model server is limiting requests and still refused after retrying. Wait a minute and press Retry.</source>
        <translation>El servidor de modelos está limitando las peticiones y siguió rechazándolas tras reintentar. Espera un minuto y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Your account with the model provider has no quota left. Check your plan and billing with the provider, or choose another provider.</source>
        <translation>A tu cuenta con el proveedor de modelos no le queda cuota. Revisa tu plan y la facturación con el proveedor, o elige otro proveedor.</translation>
    </message>
    <message>
        <source>The request is longer than the model&apos;s context. Lower the context budget in Model provider settings, or use a model with a longer context.</source>
        <translation>La petición es más larga que el contexto del modelo. Reduce el presupuesto de contexto en la configuración del proveedor de modelos o usa un modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>The model server rejected the request (HTTP %1). Check the model and settings in Model provider settings.</source>
        <translation>El servidor de modelos rechazó la petición (HTTP %1). Revisa el modelo y los ajustes en la configuración del proveedor de modelos.</translation>
    </message>
    <message>
        <source>The model server had a problem (HTTP %1), also after retrying. Try again in a moment.</source>
        <translation>El servidor de modelos tuvo un problema (HTTP %1), incluso después de reintentar. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the model server. Check that it is running and that the base URL is right.</source>
        <translation>Storyteller no pudo conectar con el servidor de modelos. Comprueba que esté en marcha y que la URL base sea correcta.</translation>
    </message>
    <message>
        <source>The model server did not answer in time. Check that it is running and reachable, or raise the connect timeout in Model provider settings.</source>
        <translation>El servidor de modelos no respondió a tiempo. Comprueba que esté en marcha y sea accesible, o aumenta el tiempo de espera de conexión en la configuración del proveedor de modelos.</translation>
    </message>
    <message>
        <source>The model server stopped sending in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>El servidor de modelos dejó de enviar a mitad de la respuesta. Lo que llegó se conserva: pulsa Continuar o Reintentar.</translation>
    </message>
    <message>
        <source>Stopped. What was written so far is kept.</source>
        <translation>Detenido. Lo escrito hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>The reply was cut off or was not in the format the server promised. What arrived is kept: press Continue or Retry.</source>
        <translation>La respuesta se cortó o no tenía el formato que anunció el servidor. Lo que llegó se conserva: pulsa Continuar o Reintentar.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>El servidor de modelos informó de un error a mitad de la respuesta. Lo que llegó se conserva: pulsa Continuar o Reintentar.</translation>
    </message>
    <message>
        <source>No model is set up. Choose a provider, base URL and model in Model provider settings.</source>
        <translation>No hay ningún modelo configurado. Elige un proveedor, una URL base y un modelo en la configuración del proveedor de modelos.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>El servidor respondió: “%1”</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>The library is ready for search by meaning.</source>
        <translation>La biblioteca está lista para buscar por significado.</translation>
    </message>
    <message>
        <source>Preparing the library for search by meaning: %1 of %2…</source>
        <translation>Preparando la biblioteca para buscar por significado: %1 de %2…</translation>
    </message>
    <message>
        <source>About Storyteller</source>
        <translation>Acerca de Storyteller</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;True stories, told as a conversation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;Historias reales, contadas como una conversación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Storyteller</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Model provider…</source>
        <translation>&amp;Proveedor de modelos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About Storyteller</source>
        <translation>&amp;Acerca de Storyteller</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>Importar guiones</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The voice settings were saved, but the API key could not be stored. Check that the data folder is writable, then enter the key again.</source>
        <translation>Se guardaron los ajustes de voz, pero no se pudo guardar la clave de API. Comprueba que se puede escribir en la carpeta de datos y vuelve a escribir la clave.</translation>
    </message>
    <message>
        <source>Narration &amp;voice…</source>
        <translation>&amp;Voz de la narración…</translation>
    </message>
    <message>
        <source>&amp;Search sessions…</source>
        <translation>&amp;Buscar en las sesiones…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>&amp;Importar sesión…</translation>
    </message>
    <message>
        <source>&amp;Export this session…</source>
        <translation>&amp;Exportar esta sesión…</translation>
    </message>
</context>
<context>
    <name>st::MecabTagger</name>
    <message>
        <source>The Japanese dictionary could not be opened (%1). Install the packages mecab-naist-jdic and libmecab2; until then the local voice reads Japanese kanji poorly.</source>
        <translation>No se pudo abrir el diccionario japonés (%1). Instala los paquetes mecab-naist-jdic y libmecab2; hasta entonces la voz local lee mal los kanji japoneses.</translation>
    </message>
</context>
<context>
    <name>st::MessageDelegate</name>
    <message>
        <source>You wrote: %1</source>
        <translation>Escribiste: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>You · translated</source>
        <translation>Tú · traducido</translation>
    </message>
    <message>
        <source>Narrator · chapter %1</source>
        <translation>Narrador · capítulo %1</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Narrador</translation>
    </message>
    <message>
        <source>telling…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>cut off by an error</source>
        <translation>cortado por un error</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>leyendo en voz alta</translation>
    </message>
</context>
<context>
    <name>st::MessageListModel</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>Narrator, chapter %1: %2</source>
        <translation>Narrador, capítulo %1: %2</translation>
    </message>
    <message>
        <source>Narrator: %1</source>
        <translation>Narrador: %1</translation>
    </message>
</context>
<context>
    <name>st::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Continue from here in a new session</source>
        <translation>Continuar desde aquí en una sesión nueva</translation>
    </message>
</context>
<context>
    <name>st::ModelEvaluator</name>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>Ninguna historia de la biblioteca coincide con esa petición.</translation>
    </message>
    <message>
        <source>Searching the library by meaning…</source>
        <translation>Buscando en la biblioteca por significado…</translation>
    </message>
    <message>
        <source>Asking the model whether “%1” is the one…</source>
        <translation>Preguntando al modelo si “%1” es la historia buscada…</translation>
    </message>
</context>
<context>
    <name>st::ModelNarrator</name>
    <message>
        <source>Welcome back to “%1”. Answer the last question to go on.</source>
        <translation>Te damos de nuevo la bienvenida a “%1”. Responde a la última pregunta para continuar.</translation>
    </message>
</context>
<context>
    <name>st::NarrationBar</name>
    <message>
        <source>Pause reading aloud</source>
        <translation>Pausar la lectura</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>Seguir leyendo en voz alta</translation>
    </message>
    <message>
        <source>Read the last reply aloud</source>
        <translation>Leer en voz alta la última respuesta</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Leyendo: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>Leer cada respuesta en voz alta mientras se escribe</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Voice…</source>
        <translation>Voz…</translation>
    </message>
    <message>
        <source>Choose the voice that reads the story</source>
        <translation>Elige la voz que lee la historia</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>Exportar audio…</translation>
    </message>
    <message>
        <source>Save this session as one audio file with its transcript</source>
        <translation>Guarda esta sesión como un archivo de audio con su transcripción</translation>
    </message>
    <message>
        <source>Go on listening</source>
        <translation>Seguir escuchando</translation>
    </message>
    <message>
        <source>Listen without answering</source>
        <translation>Escuchar sin responder</translation>
    </message>
    <message>
        <source>Tell the story through to the end like an audiobook; write anything to talk again (Ctrl+Shift+L)</source>
        <translation>Cuenta la historia hasta el final, como un audiolibro; escribe lo que sea para volver a conversar (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Next chapter now (Ctrl+Shift+N)</source>
        <translation>Siguiente capítulo ahora (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Siguiente capítulo</translation>
    </message>
</context>
<context>
    <name>st::NarrationController</name>
    <message>
        <source>The story goes on in text.</source>
        <translation>La historia sigue por escrito.</translation>
    </message>
</context>
<context>
    <name>st::PageFetcher</name>
    <message>
        <source>the connection closed before the whole page arrived</source>
        <translation>la conexión se cerró antes de que llegara la página completa</translation>
    </message>
</context>
<context>
    <name>st::PageReader</name>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
</context>
<context>
    <name>st::ProviderDialog</name>
    <message>
        <source>Enter the server&apos;s base URL first.</source>
        <translation>Primero escribe la URL base del servidor.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Consultando los modelos del servidor…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Choose a base URL and a model, or pick the offline narrator.</source>
        <translation>Elige una URL base y un modelo, o selecciona el narrador sin conexión.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Proveedor de modelos</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>Modelo de &amp;embeddings</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>Má&amp;ximo de tokens</translation>
    </message>
    <message>
        <source>&amp;Context budget</source>
        <translation>Presupuesto de &amp;contexto</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tiempo de espera de conexión</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Tiempo de espera de inactividad</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 or https://api.openai.com/v1</source>
        <translation>p. ej., http://localhost:11434 o https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Only if the server needs one; kept in the system keychain</source>
        <translation>Solo si el servidor la necesita; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Optional, for finding stories by meaning</source>
        <translation>Opcional, para buscar historias por significado</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Actualizar lista</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Set by environment variables (these win over the fields): %1</source>
        <translation>Definido por variables de entorno (tienen prioridad sobre los campos): %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>st::ReplyVersionBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The earlier version of this reply</source>
        <translation>La versión anterior de esta respuesta</translation>
    </message>
    <message>
        <source>The later version of this reply</source>
        <translation>La versión siguiente de esta respuesta</translation>
    </message>
</context>
<context>
    <name>st::ScoreParser</name>
    <message>
        <source>The model gave no answer to the relevance question.</source>
        <translation>El modelo no respondió a la pregunta de relevancia.</translation>
    </message>
    <message>
        <source>The model&apos;s answer did not contain a clear relevance score: “%1”. Try again, or choose a model that follows instructions more closely.</source>
        <translation>La respuesta del modelo no contenía una puntuación de relevancia clara: “%1”. Vuelve a intentarlo o elige un modelo que siga mejor las instrucciones.</translation>
    </message>
</context>
<context>
    <name>st::ScriptCreator</name>
    <message>
        <source>Writing a script needs a language model, and none is configured. Set one up under Story ▸ Model provider…, or paste a ready-made script instead.</source>
        <translation>Para escribir un guion hace falta un modelo de lenguaje, y no hay ninguno configurado. Configúralo en Historia ▸ Proveedor de modelos… o, en su lugar, pega un guion ya hecho.</translation>
    </message>
    <message>
        <source>Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, or paste the story&apos;s text instead.</source>
        <translation>Escribe la dirección de una página web, como https://en.wikipedia.org/wiki/Mary_Celeste, o pega el texto de la historia.</translation>
    </message>
</context>
<context>
    <name>st::ScriptDraftPanel</name>
    <message>
        <source>“%1”: %2 of 14 sections to tell.</source>
        <translation>“%1”: %2 de 14 secciones para contar.</translation>
    </message>
    <message>
        <source>(N/A — skipped when telling)</source>
        <translation>(N/A — se omite al contar la historia)</translation>
    </message>
    <message>
        <source>The script appears here as it is written. You can also paste a ready-made script: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>El guion aparece aquí a medida que se escribe. También puedes pegar un guion ya hecho: JSON de Storyteller, o markdown con encabezados desde &quot;# prologue 1 : …&quot; hasta &quot;# epilogue&quot;.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
</context>
<context>
    <name>st::ScriptExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::ScriptJson</name>
    <message>
        <source>This is not valid JSON (at byte %1). Check the file, or paste the script in its markdown form.</source>
        <translation>Esto no es un JSON válido (en el byte %1). Revisa el archivo o pega el guion en formato markdown.</translation>
    </message>
    <message>
        <source>The JSON does not hold a script: expected an object with a title and sections.</source>
        <translation>El JSON no contiene un guion: se esperaba un objeto con un título y secciones.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;sections&quot;: a script needs its 14 sections (prologue 1 to epilogue).</source>
        <translation>El JSON no tiene &quot;sections&quot;: un guion necesita sus 14 secciones (del prólogo 1 al epílogo).</translation>
    </message>
    <message>
        <source>Skipped a section that is not an object.</source>
        <translation>Se omitió una sección que no es un objeto.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; using the session&apos;s language.</source>
        <translation>Idioma desconocido &quot;%1&quot;; se usa el idioma de la sesión.</translation>
    </message>
    <message>
        <source>The script has no text in any section.</source>
        <translation>El guion no tiene texto en ninguna sección.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>Secciones vacías o N/A (se omiten al contar la historia): %1.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>El guion no tiene título; se usa &quot;Historia sin título&quot;.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Skipped an unknown section &quot;%1&quot;.</source>
        <translation>Se omitió una sección desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the first one was kept.</source>
        <translation>La sección &quot;%1&quot; aparece más de una vez; se conservó la primera.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; has no text.</source>
        <translation>La sección &quot;%1&quot; no tiene texto.</translation>
    </message>
    <message>
        <source>This script cannot be read: %1</source>
        <translation>No se puede leer este guion: %1</translation>
    </message>
    <message>
        <source>&quot;sources&quot; is not a list; it was ignored.</source>
        <translation>&quot;sources&quot; no es una lista; se ha ignorado.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n source(s) without a title and a web address, or beyond the first %1.</source>
        <translation>
            <numerusform>Se omitió %n fuente sin título y dirección web, o más allá de las primeras %1.</numerusform>
            <numerusform>Se omitieron %n fuentes sin título y dirección web, o más allá de las primeras %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ScriptParser</name>
    <message>
        <source>The script is empty. Paste a script or choose a file.</source>
        <translation>El guion está vacío. Pega un guion o elige un archivo.</translation>
    </message>
    <message>
        <source>No story sections were found. A script has headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>No se encontraron secciones de la historia. Un guion tiene encabezados desde &quot;# prólogo 1 : …&quot; hasta &quot;# epílogo&quot;.</translation>
    </message>
    <message>
        <source>Lines of text ignored before the first section: %1.</source>
        <translation>Líneas de texto ignoradas antes de la primera sección: %1.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the parts were joined.</source>
        <translation>La sección &quot;%1&quot; aparece más de una vez; se unieron las partes.</translation>
    </message>
    <message>
        <source>Missing sections (skipped when telling): %1.</source>
        <translation>Secciones que faltan (se omiten al contar la historia): %1.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>Secciones vacías o N/A (se omiten al contar la historia): %1.</translation>
    </message>
    <message>
        <source>Every section of the script is empty or N/A, so there is nothing to tell.</source>
        <translation>Todas las secciones del guion están vacías o son N/A, así que no hay nada que contar.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>El guion no tiene título; se usa &quot;Historia sin título&quot;.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
</context>
<context>
    <name>st::ScriptPipeline</name>
    <message>
        <source>Nothing in the source was about the story. Try a page about the event itself, or paste the part of the text that tells it.</source>
        <translation>Nada de la fuente trataba de la historia. Prueba con una página sobre el suceso en sí o pega la parte del texto que lo cuenta.</translation>
    </message>
</context>
<context>
    <name>st::ScriptWriter</name>
    <message>
        <source>The source does not tell a story the writer could use. Try a page or text about one event, with its people, places and dates.</source>
        <translation>La fuente no cuenta una historia que se pueda usar. Prueba con una página o un texto sobre un solo suceso, con sus personas, lugares y fechas.</translation>
    </message>
    <message>
        <source>The source is empty, so there is nothing to write a story from. Paste the article&apos;s text, or try another page.</source>
        <translation>La fuente está vacía, así que no hay nada a partir de lo que escribir una historia. Pega el texto del artículo o prueba con otra página.</translation>
    </message>
</context>
<context>
    <name>st::SearchDialog</name>
    <message>
        <source>Type to search the names of your sessions and everything said in them, in any language.</source>
        <translation>Escribe para buscar en los nombres de tus sesiones y en todo lo dicho en ellas, en cualquier idioma.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message>
        <source>The first %1 results; add a word to narrow them down.</source>
        <translation>Los primeros %1 resultados; añade una palabra para acotarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the session at the chosen one.</source>
        <translation>
            <numerusform>%n resultado. Intro abre la sesión en el elegido.</numerusform>
            <numerusform>%n resultados. Intro abre la sesión en el elegido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar en las sesiones</translation>
    </message>
    <message>
        <source>Search sessions and messages</source>
        <translation>Buscar en sesiones y mensajes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>st::SearchResultDelegate</name>
    <message>
        <source>Title: </source>
        <translation>Título: </translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
    <message>
        <source>Narrator: </source>
        <translation>Narrador: </translation>
    </message>
</context>
<context>
    <name>st::SessionActions</name>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>No se encontró esa sesión; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The session could not be renamed (%1).</source>
        <translation>No se pudo cambiar el nombre de la sesión (%1).</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>Termina primero la historia</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1).</source>
        <translation>No se pudo borrar el historial (%1).</translation>
    </message>
    <message>
        <source>%1 (branch)</source>
        <translation>%1 (rama)</translation>
    </message>
    <message>
        <source>A new session could not be made from this message (%1). The story is unchanged.</source>
        <translation>No se pudo crear una sesión nueva desde este mensaje (%1). La historia no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved the transcript to %1.</source>
        <translation>Transcripción guardada en %1.</translation>
    </message>
    <message>
        <source>Saved the session to %1. Import it on any computer with Storyteller (Story ▸ Import session…).</source>
        <translation>Sesión guardada en %1. Impórtala en cualquier ordenador con Storyteller (Historia ▸ Importar sesión…).</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>%1: “%2” was already here, so it came in as a copy.</source>
        <translation>%1: «%2» ya estaba aquí, así que se importó como copia.</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2”, %n message(s).</source>
        <translation>
            <numerusform>%1: «%2», %n mensaje.</numerusform>
            <numerusform>%1: «%2», %n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::SessionAudioExporter</name>
    <message>
        <source>The audio stored for %1 cannot be decoded as %2 (%3).</source>
        <translation>El audio guardado para %1 no se puede decodificar como %2 (%3).</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>No hay ninguna sesión con id %1.</translation>
    </message>
    <message>
        <source>The messages of “%1” could not be read: %2</source>
        <translation>No se pudieron leer los mensajes de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” has nothing to export: the narrator has not said anything in it yet.</source>
        <translation>«%1» no tiene nada que exportar: el narrador todavía no ha dicho nada.</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: that folder does not exist.</source>
        <translation>No se puede escribir la exportación en %1: esa carpeta no existe.</translation>
    </message>
    <message>
        <source>sentence %1 of the narrator&apos;s message %2 (“%3”)</source>
        <translation>la frase %1 del mensaje %2 del narrador («%3»)</translation>
    </message>
    <message>
        <source>No voice is set up to speak %1, which was never narrated.</source>
        <translation>No hay ninguna voz configurada para decir %1, que nunca se narró.</translation>
    </message>
    <message>
        <source>Could not speak %1: %2</source>
        <translation>No se pudo decir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The audio of %1 changed during the export; export again.</source>
        <translation>El audio de %1 cambió durante la exportación; vuelve a exportar.</translation>
    </message>
    <message>
        <source>%1 is already there, beside the audio; it is not replaced without asking. Choose another name, or move that file away.</source>
        <translation>%1 ya está junto al audio y no se reemplaza sin preguntar. Elige otro nombre o mueve ese archivo.</translation>
    </message>
</context>
<context>
    <name>st::SessionDocumentStore</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importada)</translation>
    </message>
</context>
<context>
    <name>st::SessionExporter</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>No hay ninguna sesión con el id %1.</translation>
    </message>
    <message>
        <source>The session could not be read from the database (%1).</source>
        <translation>No se pudo leer la sesión de la base de datos (%1).</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>No se pudo escribir %1 (%2). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>st::SessionImportError</name>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a session file (%2 MB; at most %3 MB).</source>
        <translation>%1 es demasiado grande para ser un archivo de sesión (%2 MB; como máximo %3 MB).</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2). Choose a session file exported by Storyteller.</source>
        <translation>%1 no es un archivo JSON (%2). Elige un archivo de sesión exportado por Storyteller.</translation>
    </message>
    <message>
        <source>%1 holds stories for the library, not a session. Import it into the library instead.</source>
        <translation>%1 contiene historias para la biblioteca, no una sesión. Impórtalo en la biblioteca.</translation>
    </message>
    <message>
        <source>%1 is not a Storyteller session file. Choose a file made by exporting a session as JSON.</source>
        <translation>%1 no es un archivo de sesión de Storyteller. Elige un archivo creado al exportar una sesión como JSON.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Storyteller (session format %2; this version reads format %3). Update Storyteller to import it.</source>
        <translation>%1 lo escribió una versión más nueva de Storyteller (formato de sesión %2; esta versión lee el formato %3). Actualiza Storyteller para importarlo.</translation>
    </message>
    <message>
        <source>%1 is not a complete session file: “%2” is missing. Nothing was imported.</source>
        <translation>%1 no es un archivo de sesión completo: falta «%2». No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: “%2” should be %3. Nothing was imported.</source>
        <translation>%1 no es un archivo de sesión válido: «%2» debería ser %3. No se importó nada.</translation>
    </message>
    <message>
        <source>The session in %1 could not be saved in the database (%2). Nothing was imported.</source>
        <translation>No se pudo guardar en la base de datos la sesión de %1 (%2). No se importó nada.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
</context>
<context>
    <name>st::SessionItemDelegate</name>
    <message>
        <source>No story chosen yet</source>
        <translation>Aún no se ha elegido ninguna historia</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>ch. %1</source>
        <translation>cap. %1</translation>
    </message>
</context>
<context>
    <name>st::SessionJsonReader</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>texto o null</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>texto de como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>null or a whole number from %1 to %2</source>
        <translation>null o un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a date and time in UTC such as 2024-05-01T19:02:03.120Z</source>
        <translation>una fecha y hora en UTC como 2024-05-01T19:02:03.120Z</translation>
    </message>
    <message>
        <source>a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e</source>
        <translation>un UUID como 0f8fad5b-d9cb-469f-a165-70867728950e</translation>
    </message>
    <message>
        <source>null or a UUID</source>
        <translation>null o un UUID</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null or an object with a title and a body</source>
        <translation>null o un objeto con un título y un cuerpo</translation>
    </message>
    <message>
        <source>the story&apos;s script: an object with its sections</source>
        <translation>el guion de la historia: un objeto con sus secciones</translation>
    </message>
    <message>
        <source>a language code such as en, ko, ja or es</source>
        <translation>un código de idioma como en, ko, ja o es</translation>
    </message>
    <message>
        <source>the name of a model service, or null</source>
        <translation>el nombre de un servicio de modelos, o null</translation>
    </message>
    <message>
        <source>a number greater than the previous message&apos;s (%1)</source>
        <translation>un número mayor que el del mensaje anterior (%1)</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>una lista de objetos</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>en el byte %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>una lista de mensajes</translation>
    </message>
    <message>
        <source>a list of at most %1 messages</source>
        <translation>una lista de como máximo %1 mensajes</translation>
    </message>
</context>
<context>
    <name>st::SessionPage</name>
    <message>
        <source>Continue the story</source>
        <translation>Continuar la historia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>Volver a la configuración de la sesión</translation>
    </message>
    <message>
        <source>“%1” · told in %2 · chapters told: %3 · last used %4</source>
        <translation>“%1” · contada en %2 · capítulos contados: %3 · último uso: %4</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesión nueva</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>st::SessionTranscript</name>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <source>(no story chosen)</source>
        <translation>(no se eligió historia)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Last told:</source>
        <translation>Última vez:</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>Narrador:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Tú:</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(tal como se escribió: %1)</translation>
    </message>
    <message>
        <source>(cut off here)</source>
        <translation>(cortado aquí)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>st::SessionTransfer</name>
    <message>
        <source>Storyteller session, complete (*.json)</source>
        <translation>Sesión de Storyteller, completa (*.json)</translation>
    </message>
    <message>
        <source>Markdown transcript (*.md)</source>
        <translation>Transcripción en Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Importar sesión</translation>
    </message>
    <message>
        <source>Storyteller session (*.json);;All files (*)</source>
        <translation>Sesión de Storyteller (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>st::SessionTrash</name>
    <message>
        <source>The session could not be deleted (%1). It is back in the list; try again.</source>
        <translation>No se pudo eliminar la sesión (%1). Ha vuelto a la lista; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>st::SettingsPage</name>
    <message>
        <source>A new story session</source>
        <translation>Una nueva sesión de historias</translation>
    </message>
    <message>
        <source>Session &amp;name</source>
        <translation>&amp;Nombre de la sesión</translation>
    </message>
    <message>
        <source>Story &amp;language</source>
        <translation>&amp;Idioma de la historia</translation>
    </message>
    <message>
        <source>The narrator tells the story in this language.</source>
        <translation>El narrador cuenta la historia en este idioma.</translation>
    </message>
    <message>
        <source>Narration &amp;pace</source>
        <translation>&amp;Ritmo de narración</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>Ágil</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instantáneo</translation>
    </message>
    <message>
        <source>How fast the narrator&apos;s words appear</source>
        <translation>Velocidad a la que aparecen las palabras del narrador</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Narrator: the model “%1” at %2.</source>
        <translation>Narrador: el modelo “%1” en %2.</translation>
    </message>
    <message>
        <source>Narrator: offline. No language model is configured, so stories come from the built-in library and are told by the offline narrator.</source>
        <translation>Narrador: sin conexión. No hay ningún modelo de lenguaje configurado, así que las historias salen de la biblioteca integrada y las cuenta el narrador sin conexión.</translation>
    </message>
    <message>
        <source>Model provider…</source>
        <translation>Proveedor de modelos…</translation>
    </message>
    <message>
        <source>Translate my answers into the story language (with a model)</source>
        <translation>Traducir mis respuestas al idioma de la historia (con un modelo)</translation>
    </message>
    <message>
        <source>If you write in another language, the model translates your answer first; both are kept and shown.</source>
        <translation>Si escribes en otro idioma, el modelo traduce primero tu respuesta; se guardan y se muestran las dos.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Idioma de la &amp;interfaz</translation>
    </message>
    <message>
        <source>Choose the language the story is told in, and name this session if you like (otherwise it is named after its story). You can come back to it later from the sidebar.</source>
        <translation>Elige el idioma en que se cuenta la historia y, si quieres, pon nombre a esta sesión (si no, tomará el de su historia). Puedes volver a ella más tarde desde la barra lateral.</translation>
    </message>
    <message>
        <source>Optional, e.g. Evening stories</source>
        <translation>Opcional, p. ej. Historias de la noche</translation>
    </message>
</context>
<context>
    <name>st::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Show or hide the stories in the library</source>
        <translation>Mostrar u ocultar las historias de la biblioteca</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions yet. Start one on the right.</source>
        <translation>Aún no hay sesiones. Empieza una a la derecha.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Borrar historial…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>Termina primero la historia</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Cambiar nombre de la sesión</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Clear every message of “%1”? Its name, language and story stay; the story starts again from its beginning. This cannot be undone.</source>
        <translation>¿Borrar todos los mensajes de «%1»? Su nombre, idioma e historia se mantienen; la historia vuelve a empezar. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its messages and audio? You can undo this for a few seconds.</source>
        <translation>¿Eliminar «%1» con todos sus mensajes y audio? Podrás deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Filter stories</source>
        <translation>Filtrar historias</translation>
    </message>
    <message>
        <source>Start a session, then click a story to hear it</source>
        <translation>Empieza una sesión y haz clic en una historia para escucharla</translation>
    </message>
    <message>
        <source>Stories in the library</source>
        <translation>Historias de la biblioteca</translation>
    </message>
    <message>
        <source>Click a session (or press Enter) to continue it; right-click (or the Menu key) to rename, clear or delete it</source>
        <translation>Haz clic en una sesión (o pulsa Intro) para continuarla; clic derecho (o la tecla Menú) para cambiarle el nombre, vaciarla o eliminarla</translation>
    </message>
</context>
<context>
    <name>st::SpeechFile</name>
    <message>
        <source>Sentence %1 could not be decoded: %2</source>
        <translation>No se pudo decodificar la frase %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to say in this text.</source>
        <translation>En este texto no hay nada que leer.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Sentence %1 could not be spoken: %2</source>
        <translation>No se pudo leer la frase %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>No se pudo abrir %1 para escribir.</translation>
    </message>
</context>
<context>
    <name>st::StoryCheck</name>
    <message>
        <source>Reading your request…</source>
        <translation>Leyendo tu petición…</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>Buscando en la biblioteca…</translation>
    </message>
    <message>
        <source>Picked a story at random: “%1”.</source>
        <translation>Historia elegida al azar: “%1”.</translation>
    </message>
    <message>
        <source>Best match: “%1” (relevance %2 of 100).</source>
        <translation>Mejor coincidencia: “%1” (relevancia: %2 de 100).</translation>
    </message>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>Ninguna historia de la biblioteca coincide con esa petición.</translation>
    </message>
    <message>
        <source>Chosen from the library: “%1”.</source>
        <translation>Elegida en la biblioteca: «%1».</translation>
    </message>
</context>
<context>
    <name>st::StoryTelling</name>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>No se pudo leer la historia “%1” de la biblioteca. Prueba con otra historia.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1).</source>
        <translation>No se pudo guardar la sesión (%1).</translation>
    </message>
    <message>
        <source>The story saved with this session could not be read (%1).</source>
        <translation>No se pudo leer la historia guardada con esta sesión (%1).</translation>
    </message>
</context>
<context>
    <name>st::TtsError</name>
    <message>
        <source>The voice service said: “%1”</source>
        <translation>El servicio de voz respondió: «%1»</translation>
    </message>
    <message>
        <source>The local voice needs espeak-ng, which is not installed. Install the espeak-ng package, or choose a cloud voice in the narration settings.</source>
        <translation>La voz local necesita espeak-ng, que no está instalado. Instala el paquete espeak-ng o elige una voz en la nube en los ajustes de narración.</translation>
    </message>
    <message>
        <source>The local voice (espeak-ng) failed to speak this sentence. Try another voice or language in the narration settings, or reinstall espeak-ng.</source>
        <translation>La voz local (espeak-ng) no pudo leer esta frase. Prueba otra voz u otro idioma en los ajustes de narración, o vuelve a instalar espeak-ng.</translation>
    </message>
    <message>
        <source>The voice service refused the API key (HTTP %1). Check the key in the narration settings; until then the local voice reads the story.</source>
        <translation>El servicio de voz rechazó la clave de API (HTTP %1). Revisa la clave en los ajustes de narración; mientras tanto, la voz local lee la historia.</translation>
    </message>
    <message>
        <source>Your account with the voice service has no credits left. Check your plan with the provider; until then the local voice reads the story.</source>
        <translation>Tu cuenta del servicio de voz no tiene créditos. Revisa tu plan con el proveedor; mientras tanto, la voz local lee la historia.</translation>
    </message>
    <message>
        <source>The voice service is limiting requests. Wait a moment and press Play again, or switch to the local voice.</source>
        <translation>El servicio de voz está limitando las peticiones. Espera un momento y vuelve a pulsar Reproducir, o cambia a la voz local.</translation>
    </message>
    <message>
        <source>The voice service had a problem (HTTP %1). Try again in a moment, or switch to the local voice.</source>
        <translation>El servicio de voz tuvo un problema (HTTP %1). Inténtalo de nuevo en un momento o cambia a la voz local.</translation>
    </message>
    <message>
        <source>The voice service rejected the request (HTTP %1). Check the voice and model in the narration settings, or switch to the local voice.</source>
        <translation>El servicio de voz rechazó la petición (HTTP %1). Revisa la voz y el modelo en los ajustes de narración, o cambia a la voz local.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the voice service. Check the internet connection and the address in the narration settings; the local voice works offline.</source>
        <translation>Storyteller no pudo conectar con el servicio de voz. Revisa la conexión a internet y la dirección en los ajustes de narración; la voz local funciona sin conexión.</translation>
    </message>
    <message>
        <source>The voice service did not answer in time. Try again, or switch to the local voice.</source>
        <translation>El servicio de voz no respondió a tiempo. Inténtalo de nuevo o cambia a la voz local.</translation>
    </message>
    <message>
        <source>The voice service answered with something that is not audio. Check the address and the audio format in the narration settings, or switch to the local voice.</source>
        <translation>El servicio de voz respondió con algo que no es audio. Revisa la dirección y el formato de audio en los ajustes de narración, o cambia a la voz local.</translation>
    </message>
    <message>
        <source>This passage is longer than the voice can read in one request. It needs to be split into shorter sentences, or read with another voice.</source>
        <translation>Este fragmento es más largo de lo que la voz puede leer de una vez. Hay que dividirlo en frases más cortas o leerlo con otra voz.</translation>
    </message>
    <message>
        <source>Reading aloud was stopped.</source>
        <translation>Se detuvo la lectura en voz alta.</translation>
    </message>
    <message>
        <source>No sound output was found, so the story is not read aloud. Connect speakers or headphones (or start the sound server) and press Play.</source>
        <translation>No se encontró ninguna salida de sonido, así que la historia no se lee en voz alta. Conecta altavoces o auriculares (o inicia el servidor de sonido) y pulsa Reproducir.</translation>
    </message>
    <message>
        <source>The sound could not be played, so reading aloud has stopped. Check the sound output and press Play to try again.</source>
        <translation>No se pudo reproducir el sonido, así que la lectura en voz alta se ha detenido. Comprueba la salida de sonido y pulsa Reproducir para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>st::VoiceDialog</name>
    <message>
        <source>Narration voice</source>
        <translation>Voz de la narración</translation>
    </message>
    <message>
        <source>Local voice (espeak-ng, offline)</source>
        <translation>Voz local (espeak-ng, sin conexión)</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>&amp;Voice service:</source>
        <translation>&amp;Servicio de voz:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;How to speak:</source>
        <translation>&amp;Cómo hablar:</translation>
    </message>
    <message>
        <source>&amp;Stability:</source>
        <translation>&amp;Estabilidad:</translation>
    </message>
    <message>
        <source>S&amp;imilarity:</source>
        <translation>S&amp;imilitud:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>Es&amp;tilo:</translation>
    </message>
    <message>
        <source>Speaker boost</source>
        <translation>Realce del hablante</translation>
    </message>
    <message>
        <source>Voice for %1:</source>
        <translation>Voz para %1:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>Leer cada respuesta en voz alta mientras se escribe</translation>
    </message>
    <message>
        <source>Empty: the key of your OpenAI model provider</source>
        <translation>Vacío: la clave de tu proveedor de modelos OpenAI</translation>
    </message>
    <message>
        <source>Paste the key from your account page</source>
        <translation>Pega la clave de la página de tu cuenta</translation>
    </message>
    <message>
        <source>Sentences are sent to the service as they are written. If it fails, the local voice reads on. The key is kept in the system keychain (or a private file), never in the settings.</source>
        <translation>Las frases se envían al servicio a medida que se escriben. Si falla, la voz local sigue leyendo. La clave se guarda en el llavero del sistema (o en un archivo privado), nunca en los ajustes.</translation>
    </message>
    <message>
        <source>That is how it sounds.</source>
        <translation>Así es como suena.</translation>
    </message>
    <message>
        <source>Speaking a sample…</source>
        <translation>Leyendo una muestra…</translation>
    </message>
    <message>
        <source>&amp;Try this voice</source>
        <translation>&amp;Probar esta voz</translation>
    </message>
    <message>
        <source>Speak a sample sentence in the story language with these settings</source>
        <translation>Lee una frase de muestra en el idioma de la historia con estos ajustes</translation>
    </message>
    <message>
        <source>The local voice works offline and costs nothing. It sounds robotic; Japanese goes through a dictionary first, so kanji, numbers and dates are read as words. Leave a voice empty for the default shown in grey.</source>
        <translation>La voz local funciona sin conexión y no cuesta nada. Suena robótica; el japonés pasa antes por un diccionario, así que los kanji, los números y las fechas se leen como palabras. Deja una voz vacía para usar la predeterminada, mostrada en gris.</translation>
    </message>
</context>
<context>
    <name>st::WebError</name>
    <message>
        <source>There is no web address to open. Type or paste one, like https://example.com/page.</source>
        <translation>No hay ninguna dirección web que abrir. Escribe o pega una, como https://example.com/page.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Check it — it should look like https://example.com/page — or paste the text instead.</source>
        <translation>“%1” no es una dirección web. Revísala — debería ser como https://example.com/page — o pega el texto.</translation>
    </message>
    <message>
        <source>This is a file on your computer, not a web address. Open it as a file instead.</source>
        <translation>Esto es un archivo de tu ordenador, no una dirección web. Ábrelo como archivo.</translation>
    </message>
    <message>
        <source>Storyteller opens only http:// and https:// addresses, not “%1:”. Save the page as a file and open that, or paste its text instead.</source>
        <translation>Storyteller solo abre direcciones http:// y https://, no “%1:”. Guarda la página como archivo y ábrelo, o pega su texto.</translation>
    </message>
    <message>
        <source>The site sent Storyteller on from address to address more than %1 times. Open the page in a browser and copy its final address, or paste the text instead.</source>
        <translation>El sitio redirigió a Storyteller de una dirección a otra más de %1 veces. Abre la página en un navegador y copia su dirección final, o pega el texto.</translation>
    </message>
    <message>
        <source>The secure page redirected to an insecure http:// address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>La página segura redirigió a una dirección http:// no segura, que Storyteller no sigue. Abre la página en un navegador y pega su texto.</translation>
    </message>
    <message>
        <source>The site redirected to a “%1:” address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>El sitio redirigió a una dirección “%1:”, que Storyteller no sigue. Abre la página en un navegador y pega su texto.</translation>
    </message>
    <message>
        <source>The page is larger than %1, more than Storyteller reads. Copy the part you need and paste it instead.</source>
        <translation>La página ocupa más de %1, más de lo que lee Storyteller. Copia la parte que necesites y pégala.</translation>
    </message>
    <message>
        <source>The site stopped sending the page before it was complete. Try again later, or paste the text instead.</source>
        <translation>El sitio dejó de enviar la página antes de terminarla. Vuelve a intentarlo más tarde o pega el texto.</translation>
    </message>
    <message>
        <source>The site did not answer in time. Check your internet connection and the address, then try again.</source>
        <translation>El sitio no respondió a tiempo. Comprueba tu conexión a internet y la dirección, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file “%1” has no text to read. Choose another file, or paste the text instead.</source>
        <translation>El archivo “%1” no tiene texto que leer. Elige otro archivo o pega el texto.</translation>
    </message>
    <message>
        <source>The page has no text to read. Check the address, or paste the text instead.</source>
        <translation>La página no tiene texto que leer. Revisa la dirección o pega el texto.</translation>
    </message>
    <message>
        <source>This page needs JavaScript to show its text. Copy the article text and paste it instead.</source>
        <translation>Esta página necesita JavaScript para mostrar su texto. Copia el texto del artículo y pégalo.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>Detenido. No se leyó nada.</translation>
    </message>
    <message>
        <source>Storyteller could not read the file “%1” (%2). Check that it exists and that you may open it.</source>
        <translation>Storyteller no pudo leer el archivo “%1” (%2). Comprueba que exista y que tengas permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The site says there is no such page (HTTP %1). Check the address.</source>
        <translation>El sitio dice que esa página no existe (HTTP %1). Revisa la dirección.</translation>
    </message>
    <message>
        <source>The site refused access to the page (HTTP %1): it may need a login or keep out automatic readers. Open it in a browser and paste the article text instead.</source>
        <translation>El sitio denegó el acceso a la página (HTTP %1): puede que requiera iniciar sesión o que bloquee los lectores automáticos. Ábrela en un navegador y pega el texto del artículo.</translation>
    </message>
    <message>
        <source>The site is receiving too many requests (HTTP 429). Wait a few minutes and try again, or paste the text instead.</source>
        <translation>El sitio está recibiendo demasiadas peticiones (HTTP 429). Espera unos minutos y vuelve a intentarlo, o pega el texto.</translation>
    </message>
    <message>
        <source>The site had a problem (server error, HTTP %1). Try again later, or paste the text instead.</source>
        <translation>El sitio tuvo un problema (error del servidor, HTTP %1). Vuelve a intentarlo más tarde o pega el texto.</translation>
    </message>
    <message>
        <source>The site answered with a redirect Storyteller cannot follow (HTTP %1). Open the page in a browser and copy its final address.</source>
        <translation>El sitio respondió con una redirección que Storyteller no puede seguir (HTTP %1). Abre la página en un navegador y copia su dirección final.</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP %1). Check the address, or paste the text instead.</source>
        <translation>El sitio rechazó la petición (HTTP %1). Revisa la dirección o pega el texto.</translation>
    </message>
    <message>
        <source>This address is a PDF document, not a web page. Open it in a PDF reader, copy the text and paste it instead.</source>
        <translation>Esta dirección es un documento PDF, no una página web. Ábrelo en un lector de PDF, copia el texto y pégalo.</translation>
    </message>
    <message>
        <source>This address is a picture (%1), not a page with text. Check the address.</source>
        <translation>Esta dirección es una imagen (%1), no una página con texto. Revisa la dirección.</translation>
    </message>
    <message>
        <source>This address is a recording (%1), not a page with text. Check the address.</source>
        <translation>Esta dirección es una grabación (%1), no una página con texto. Revisa la dirección.</translation>
    </message>
    <message>
        <source>This address did not send a web page. Check the address, or paste the text instead.</source>
        <translation>Esta dirección no envió una página web. Revisa la dirección o pega el texto.</translation>
    </message>
    <message>
        <source>This address is not a web page but “%1”. Storyteller reads web pages and plain text: open the document elsewhere and paste its text instead.</source>
        <translation>Esta dirección no es una página web, sino “%1”. Storyteller lee páginas web y texto sin formato: abre el documento con otro programa y pega su texto.</translation>
    </message>
    <message>
        <source>Storyteller could not find the site “%1”. Check the address and your internet connection.</source>
        <translation>Storyteller no encontró el sitio “%1”. Revisa la dirección y tu conexión a internet.</translation>
    </message>
    <message>
        <source>The site “%1” refused the connection. Check the address, or try again later.</source>
        <translation>El sitio “%1” rechazó la conexión. Revisa la dirección o vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>No secure connection to “%1” could be made (%2). Check the address, or open the page in a browser and paste its text instead.</source>
        <translation>No se pudo establecer una conexión segura con “%1” (%2). Revisa la dirección, o abre la página en un navegador y pega su texto.</translation>
    </message>
    <message>
        <source>Storyteller could not load the page (%1). Check your internet connection and try again.</source>
        <translation>Storyteller no pudo cargar la página (%1). Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The site sent the page too slowly to finish in time. Try again later, or paste the text instead.</source>
        <translation>El sitio envió la página demasiado despacio para terminar a tiempo. Vuelve a intentarlo más tarde o pega el texto.</translation>
    </message>
</context>
</TS>
