<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <source>Use the database and settings in &lt;dir&gt;.</source>
        <translation>Use the database and settings in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>chat: the session name.</source>
        <translation>chat: the session name.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>What to do (see above).</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown language %1; use en, ko, ja or es.</source>
        <translation>storyteller-cli: unknown language %1; use en, ko, ja or es.</translation>
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
            <numerusform>Imported %n script.</numerusform>
            <numerusform>Imported %n scripts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 failed.</source>
        <translation>Imported %1 of %2; %3 failed.</translation>
    </message>
    <message>
        <source>storyteller-cli: script %1 cannot be read; left out.</source>
        <translation>storyteller-cli: script %1 cannot be read; left out.</translation>
    </message>
    <message>
        <source>storyteller-cli: no script with id %1; see &apos;storyteller-cli library list&apos;.</source>
        <translation>storyteller-cli: no script with id %1; see &apos;storyteller-cli library list&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>Exported %n script to %1.</numerusform>
            <numerusform>Exported %n scripts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>storyteller-cli: %1 sessions are named “%2”; exporting the most recent one (id %3).</source>
        <translation>storyteller-cli: %1 sessions are named “%2”; exporting the most recent one (id %3).</translation>
    </message>
    <message>
        <source>storyteller-cli: no session with the id or name “%1”; see &apos;storyteller-cli sessions list&apos;.</source>
        <translation>storyteller-cli: no session with the id or name “%1”; see &apos;storyteller-cli sessions list&apos;.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1 espeak-ng speaks the rest.</source>
        <translation>storyteller-cli: %1 espeak-ng speaks the rest.</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown format %1; use json or md.</source>
        <translation>storyteller-cli: unknown format %1; use json or md.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: that session was already here; imported as a new session, “%2”.</source>
        <translation>storyteller-cli: %1: that session was already here; imported as a new session, “%2”.</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown audio format %1; use wav, mp3 or opus.</source>
        <translation>storyteller-cli: unknown audio format %1; use wav, mp3 or opus.</translation>
    </message>
    <message>
        <source>storyteller-cli: there is nothing to say in this text.</source>
        <translation>storyteller-cli: there is nothing to say in this text.</translation>
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
        <translation>Storyteller from the command line.

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

Exit codes: 0 ok, 1 not found, 2 data folder unusable, 3 no model provider set up, 4 server unreachable, 5 key or quota refused, 6 no such model, 7 other server error, 8 some entries not imported (library import, session import), 9 export failed (session export, export-audio), 64 usage. extract: 1 no such page or file, 4 site unreachable, 5 access refused, 7 no readable text there.</translation>
    </message>
    <message>
        <source>chat, library import and export, say: the story language (en, ko, ja, es).</source>
        <translation>chat, library import and export, say: the story language (en, ko, ja, es).</translation>
    </message>
    <message>
        <source>library export: write to &lt;file&gt;, not stdout. session export: write &lt;file&gt; (or into that folder). session export-audio: write &lt;file&gt;.wav (.mp3, .opus; a WAV with &lt;file&gt;.cue) and &lt;file&gt;.md. say: write &lt;file&gt;.wav.</source>
        <translation>library export: write to &lt;file&gt;, not stdout. session export: write &lt;file&gt; (or into that folder). session export-audio: write &lt;file&gt;.wav (.mp3, .opus; a WAV with &lt;file&gt;.cue) and &lt;file&gt;.md. say: write &lt;file&gt;.wav.</translation>
    </message>
    <message>
        <source>session export: json (complete, the default) or md (a readable transcript). session export-audio: wav (the default), mp3 or opus.</source>
        <translation>session export: json (complete, the default) or md (a readable transcript). session export-audio: wav (the default), mp3 or opus.</translation>
    </message>
    <message>
        <source>say: print what the voice engine is given, not the sound.</source>
        <translation>say: print what the voice engine is given, not the sound.</translation>
    </message>
    <message>
        <source>chat: listen without answering: the story is told through to the end, like an audiobook.</source>
        <translation>chat: listen without answering: the story is told through to the end, like an audiobook.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>True stories, told as a conversation.</source>
        <translation>True stories, told as a conversation.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Keep the database and settings in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Save a picture of the first page to &lt;file&gt; and quit.</source>
        <translation>Save a picture of the first page to &lt;file&gt; and quit.</translation>
    </message>
    <message>
        <source>Storyteller cannot start</source>
        <translation>Storyteller cannot start</translation>
    </message>
</context>
<context>
    <name>st::AppController</name>
    <message>
        <source>The API key could not be stored: neither the system keychain nor the private key file in the data folder accepted it.</source>
        <translation>The API key could not be stored: neither the system keychain nor the private key file in the data folder accepted it.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1). Check that the disk is not full, then try again.</source>
        <translation>The session could not be saved (%1). Check that the disk is not full, then try again.</translation>
    </message>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>The story “%1” could not be read from the library. Try another story.</translation>
    </message>
    <message>
        <source>The script could not be saved to the library (%1). Your text is still here; check the disk and try again.</source>
        <translation>The script could not be saved to the library (%1). Your text is still here; check the disk and try again.</translation>
    </message>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>That session could not be found; it may have been removed.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>st::AppFlow</name>
    <message>
        <source>That name is %1 characters long; keep it under %2.</source>
        <translation>That name is %1 characters long; keep it under %2.</translation>
    </message>
</context>
<context>
    <name>st::AudioEncodeError</name>
    <message>
        <source>Exporting %1 needs the program %2, which is not installed. Install the package %3 (for example: sudo apt install %3), or export as WAV.</source>
        <translation>Exporting %1 needs the program %2, which is not installed. Install the package %3 (for example: sudo apt install %3), or export as WAV.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2.</source>
        <translation>%1 could not encode the audio as %2.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2: %3</source>
        <translation>%1 could not encode the audio as %2: %3</translation>
    </message>
</context>
<context>
    <name>st::AudioEncoder</name>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>it stopped unexpectedly</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>exit status %1</translation>
    </message>
    <message>
        <source>it wrote nothing</source>
        <translation>it wrote nothing</translation>
    </message>
</context>
<context>
    <name>st::AudioExportDialog</name>
    <message>
        <source>WAV audio, chapters in a cue sheet beside it (*.wav)</source>
        <translation>WAV audio, chapters in a cue sheet beside it (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio with chapters (*.mp3)</source>
        <translation>MP3 audio with chapters (*.mp3)</translation>
    </message>
    <message>
        <source>Opus audio with chapters (*.opus)</source>
        <translation>Opus audio with chapters (*.opus)</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Export audio</translation>
    </message>
    <message>
        <source>%1 is already there. Replace it?</source>
        <translation>%1 is already there. Replace it?</translation>
    </message>
    <message>
        <source>%1 are already there. The transcript and the cue sheet are saved beside the audio under those names. Replace them?</source>
        <translation>%1 are already there. The transcript and the cue sheet are saved beside the audio under those names. Replace them?</translation>
    </message>
    <message>
        <source>%1 is already there. The cue sheet (the chapters) is saved beside the audio under that name. Replace it?</source>
        <translation>%1 is already there. The cue sheet (the chapters) is saved beside the audio under that name. Replace it?</translation>
    </message>
    <message>
        <source>%1 is already there. The transcript is saved beside the audio under that name. Replace it?</source>
        <translation>%1 is already there. The transcript is saved beside the audio under that name. Replace it?</translation>
    </message>
</context>
<context>
    <name>st::BatchImporter</name>
    <message>
        <source>Writing a script from a document needs a language model, and none is configured. Set up a model provider and import it again; ready scripts import without one.</source>
        <translation>Writing a script from a document needs a language model, and none is configured. Set up a model provider and import it again; ready scripts import without one.</translation>
    </message>
    <message>
        <source>Already in the library; not added again.</source>
        <translation>Already in the library; not added again.</translation>
    </message>
    <message>
        <source>The script could not be saved: %1</source>
        <translation>The script could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMarks</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapter %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMenuButton</name>
    <message>
        <source>chapter %1 of %2</source>
        <translation>chapter %1 of %2</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <source> · shorter chapters</source>
        <translation> · shorter chapters</translation>
    </message>
    <message>
        <source> · longer chapters</source>
        <translation> · longer chapters</translation>
    </message>
    <message>
        <source>The story&apos;s chapters: hear one again, or go on to the next</source>
        <translation>The story&apos;s chapters: hear one again, or go on to the next</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (here)</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1 (next)</translation>
    </message>
    <message>
        <source>Hear this chapter again</source>
        <translation>Hear this chapter again</translation>
    </message>
    <message>
        <source>Go on to this chapter</source>
        <translation>Go on to this chapter</translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation>Skip to the end</translation>
    </message>
    <message>
        <source>Shorter chapters</source>
        <translation>Shorter chapters</translation>
    </message>
    <message>
        <source>Longer chapters</source>
        <translation>Longer chapters</translation>
    </message>
</context>
<context>
    <name>st::ChatPage</name>
    <message>
        <source>%1 tokens in, %2 out this session</source>
        <translation>%1 tokens in, %2 out this session</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Save this session and go back to the start</source>
        <translation>Save this session and go back to the start</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Send (Enter). Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the narrator (Esc). What was told is kept.</source>
        <translation>Stop the narrator (Esc). What was told is kept.</translation>
    </message>
    <message>
        <source>Your answer… (type &quot;exit&quot; to finish)</source>
        <translation>Your answer… (type &quot;exit&quot; to finish)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Go on from where the reply stopped</source>
        <translation>Go on from where the reply stopped</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Tell this part again from its start</source>
        <translation>Tell this part again from its start</translation>
    </message>
    <message>
        <source>The last reply was cut off. What arrived is kept.</source>
        <translation>The last reply was cut off. What arrived is kept.</translation>
    </message>
    <message>
        <source>Tell the last reply again</source>
        <translation>Tell the last reply again</translation>
    </message>
    <message>
        <source>Edit my answer</source>
        <translation>Edit my answer</translation>
    </message>
    <message>
        <source>Change your last answer and hear the reply again</source>
        <translation>Change your last answer and hear the reply again</translation>
    </message>
    <message>
        <source>Editing your last answer: press Enter to send it again, or Esc to cancel.</source>
        <translation>Editing your last answer: press Enter to send it again, or Esc to cancel.</translation>
    </message>
    <message>
        <source>The story has ended. Press End or type &quot;exit&quot; to finish.</source>
        <translation>The story has ended. Press End or type &quot;exit&quot; to finish.</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Export audio</translation>
    </message>
    <message>
        <source>Exporting the session&apos;s audio…</source>
        <translation>Exporting the session&apos;s audio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Saved the audio to %1 and the transcript to %2.</source>
        <translation>Saved the audio to %1 and the transcript to %2.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>st::ChatSession</name>
    <message>
        <source>That message is %1 characters long; the limit is %2. Shorten it and send it again.</source>
        <translation>That message is %1 characters long; the limit is %2. Shorten it and send it again.</translation>
    </message>
    <message>
        <source>Your message could not be saved (%1). It is still in the box; check the disk and send it again.</source>
        <translation>Your message could not be saved (%1). It is still in the box; check the disk and send it again.</translation>
    </message>
    <message>
        <source>Your message could not be translated (%1), so the narrator gets it as you wrote it.</source>
        <translation>Your message could not be translated (%1), so the narrator gets it as you wrote it.</translation>
    </message>
    <message>
        <source>Your edit could not be saved (%1). It is still in the box.</source>
        <translation>Your edit could not be saved (%1). It is still in the box.</translation>
    </message>
    <message>
        <source>The story could not be saved to the database (%1). It is still shown here; check the disk.</source>
        <translation>The story could not be saved to the database (%1). It is still shown here; check the disk.</translation>
    </message>
</context>
<context>
    <name>st::CheckPage</name>
    <message>
        <source>What story would you like to hear?</source>
        <translation>What story would you like to hear?</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>A name, a place or an event — e.g. the Mary Celeste — or &quot;anything&quot;</source>
        <translation>A name, a place or an event — e.g. the Mary Celeste — or &quot;anything&quot;</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Hint: be more specific. Name the person, ship or place and the event, e.g. &quot;the ghost ship Mary Celeste, 1872&quot;.</source>
        <translation>Hint: be more specific. Name the person, ship or place and the event, e.g. &quot;the ghost ship Mary Celeste, 1872&quot;.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>Back to the session settings</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>Write a new script for this story</source>
        <translation>Write a new script for this story</translation>
    </message>
    <message>
        <source>Found it: “%1”.</source>
        <translation>Found it: “%1”.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — add a name, a place or the event — and ask again.</source>
        <translation>Did you mean “%1”? Tell me a little more — add a name, a place or the event — and ask again.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Try again with more detail, create a script for it, or go back.</source>
        <translation>I don&apos;t know that story yet. Try again with more detail, create a script for it, or go back.</translation>
    </message>
    <message>
        <source>Yes, tell that one</source>
        <translation>Yes, tell that one</translation>
    </message>
    <message>
        <source>Tell the story suggested above (Enter)</source>
        <translation>Tell the story suggested above (Enter)</translation>
    </message>
    <message>
        <source>Perhaps one of these from the library?</source>
        <translation>Perhaps one of these from the library?</translation>
    </message>
    <message>
        <source>Tell “%1”</source>
        <translation>Tell “%1”</translation>
    </message>
    <message>
        <source>Story to hear</source>
        <translation>Story to hear</translation>
    </message>
    <message>
        <source>Checking the story</source>
        <translation>Checking the story</translation>
    </message>
</context>
<context>
    <name>st::CliChat</name>
    <message>
        <source>storyteller-cli: the session could not be started.</source>
        <translation>storyteller-cli: the session could not be started.</translation>
    </message>
    <message>
        <source>What story would you like to hear? </source>
        <translation>What story would you like to hear? </translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — a name, a place or the event.</source>
        <translation>Did you mean “%1”? Tell me a little more — a name, a place or the event.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Type another request with more detail (name and event), or &quot;exit&quot;. Writing a new script needs the app&apos;s Create page.</source>
        <translation>I don&apos;t know that story yet. Type another request with more detail (name and event), or &quot;exit&quot;. Writing a new script needs the app&apos;s Create page.</translation>
    </message>
    <message>
        <source>storyteller-cli: the story cannot be told without answers from here.</source>
        <translation>storyteller-cli: the story cannot be told without answers from here.</translation>
    </message>
</context>
<context>
    <name>st::ClipDecoder</name>
    <message>
        <source>no sample rate was given</source>
        <translation>no sample rate was given</translation>
    </message>
    <message>
        <source>the decoder did not finish in %1 s</source>
        <translation>the decoder did not finish in %1 s</translation>
    </message>
    <message>
        <source>an unexpected sample format (%1)</source>
        <translation>an unexpected sample format (%1)</translation>
    </message>
</context>
<context>
    <name>st::CreatePage</name>
    <message>
        <source>Open a script</source>
        <translation>Open a script</translation>
    </message>
    <message>
        <source>Scripts (*.json *.md *.txt);;All files (*)</source>
        <translation>Scripts (*.json *.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; a script is much smaller. Choose the script file itself.</source>
        <translation>%1 is larger than 5 MB; a script is much smaller. Choose the script file itself.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Create a story script</source>
        <translation>Create a story script</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Save to library</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Back to the story request, without saving</source>
        <translation>Back to the story request, without saving</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Reading the page…</translation>
    </message>
    <message>
        <source>Splitting the text into parts…</source>
        <translation>Splitting the text into parts…</translation>
    </message>
    <message>
        <source>Keeping what belongs to the story: part %1 of %2</source>
        <translation>Keeping what belongs to the story: part %1 of %2</translation>
    </message>
    <message>
        <source>Writing the script…</source>
        <translation>Writing the script…</translation>
    </message>
    <message>
        <source>Writing the script: section %1 of %2</source>
        <translation>Writing the script: section %1 of %2</translation>
    </message>
    <message>
        <source>Read “%1”: %2 characters</source>
        <translation>Read “%1”: %2 characters</translation>
    </message>
    <message>
        <source>The script is ready: read it, correct it if needed, then save it.</source>
        <translation>The script is ready: read it, correct it if needed, then save it.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>The library already has “%1”, written from this page. Tell that one, or write a new script?</source>
        <translation>The library already has “%1”, written from this page. Tell that one, or write a new script?</translation>
    </message>
    <message>
        <source>Tell that one</source>
        <translation>Tell that one</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>Write a new one</translation>
    </message>
    <message>
        <source>Add the script to the library and go back to the story request</source>
        <translation>Add the script to the library and go back to the story request</translation>
    </message>
</context>
<context>
    <name>st::CreateProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop writing; nothing is saved</source>
        <translation>Stop writing; nothing is saved</translation>
    </message>
</context>
<context>
    <name>st::CreateSourcePanel</name>
    <message>
        <source>Writing a new script from a web page or your own text needs a language model, and none is configured. Set one up under Story ▸ Model provider…; until then you can add a ready-made script.</source>
        <translation>Writing a new script from a web page or your own text needs a language model, and none is configured. Set one up under Story ▸ Model provider…; until then you can add a ready-made script.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>Ready-made script</source>
        <translation>Ready-made script</translation>
    </message>
    <message>
        <source>The address of a page that tells the story, such as an encyclopedia article or a news report. Only what the page says goes into the script.</source>
        <translation>The address of a page that tells the story, such as an encyclopedia article or a news report. Only what the page says goes into the script.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Write script</source>
        <translation>Write script</translation>
    </message>
    <message>
        <source>Paste the text the story should be written from: an article, notes, a chapter of a book.</source>
        <translation>Paste the text the story should be written from: an article, notes, a chapter of a book.</translation>
    </message>
    <message>
        <source>Paste text here…</source>
        <translation>Paste text here…</translation>
    </message>
    <message>
        <source>Paste a script into the editor below, or open a file: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot;.</source>
        <translation>Paste a script into the editor below, or open a file: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot;.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Import many at once: JSON files of ready scripts, or of documents [{&quot;title&quot;: …, &quot;content&quot;: …}] to write scripts from.</source>
        <translation>Import many at once: JSON files of ready scripts, or of documents [{&quot;title&quot;: …, &quot;content&quot;: …}] to write scripts from.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
</context>
<context>
    <name>st::DatabaseError</name>
    <message>
        <source>Storyteller could not create its data folder for %1. Choose a folder you can write to with --data-dir, then start Storyteller again.</source>
        <translation>Storyteller could not create its data folder for %1. Choose a folder you can write to with --data-dir, then start Storyteller again.</translation>
    </message>
    <message>
        <source>The story database %1 cannot be written to. Check the file&apos;s permissions, or start Storyteller with --data-dir pointing to a writable folder. The file was not changed.</source>
        <translation>The story database %1 cannot be written to. Check the file&apos;s permissions, or start Storyteller with --data-dir pointing to a writable folder. The file was not changed.</translation>
    </message>
    <message>
        <source>The story database %1 is damaged or is not a Storyteller database. It was left untouched: move it somewhere safe (or restore a backup) and start Storyteller again.</source>
        <translation>The story database %1 is damaged or is not a Storyteller database. It was left untouched: move it somewhere safe (or restore a backup) and start Storyteller again.</translation>
    </message>
    <message>
        <source>The story database %1 was written by a newer version of Storyteller. Install the newer version to open it; this version will not change it.</source>
        <translation>The story database %1 was written by a newer version of Storyteller. Install the newer version to open it; this version will not change it.</translation>
    </message>
    <message>
        <source>The story database %1 could not be upgraded, so it was left as it was. Make sure the disk is not full and try again.</source>
        <translation>The story database %1 could not be upgraded, so it was left as it was. Make sure the disk is not full and try again.</translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>st::ExportAssembler</name>
    <message>
        <source>Cannot make a temporary folder for the export: %1.</source>
        <translation>Cannot make a temporary folder for the export: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::ExportedFiles</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::HealthReport</name>
    <message>
        <source>Connected to %1, but it has no model named “%2”. It offers: %3. Pick one of these.</source>
        <translation>Connected to %1, but it has no model named “%2”. It offers: %3. Pick one of these.</translation>
    </message>
    <message>
        <source>Connected to %1. The model “%2” is ready (%3 model(s) on the server).</source>
        <translation>Connected to %1. The model “%2” is ready (%3 model(s) on the server).</translation>
    </message>
</context>
<context>
    <name>st::ImportDialog</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1. Failed: %2.</source>
        <translation>Imported: %1. Failed: %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 not imported.</source>
        <translation>Cancelled: %1 not imported.</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>Import scripts</translation>
    </message>
    <message>
        <source>Importing 1 file into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>Importing 1 file into the library. Documents are written into scripts by the model, one at a time.</translation>
    </message>
    <message>
        <source>Importing %1 files into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>Importing %1 files into the library. Documents are written into scripts by the model, one at a time.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop: scripts already imported stay in the library</source>
        <translation>Stop: scripts already imported stay in the library</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>st::ImportFile</name>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>This entry is not an object: expected a document such as {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} or a script.</source>
        <translation>This entry is not an object: expected a document such as {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} or a script.</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>Script %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the script is written in %2.</source>
        <translation>Unknown language &quot;%1&quot;; the script is written in %2.</translation>
    </message>
    <message>
        <source>Ignored the source &quot;%1&quot;: not a web address.</source>
        <translation>Ignored the source &quot;%1&quot;: not a web address.</translation>
    </message>
    <message>
        <source>The document has no text: give it a &quot;content&quot; (or &quot;text&quot;, &quot;body&quot;) field.</source>
        <translation>The document has no text: give it a &quot;content&quot; (or &quot;text&quot;, &quot;body&quot;) field.</translation>
    </message>
    <message>
        <source>The document&apos;s &quot;%1&quot; is not text.</source>
        <translation>The document&apos;s &quot;%1&quot; is not text.</translation>
    </message>
    <message>
        <source>The document&apos;s text is empty.</source>
        <translation>The document&apos;s text is empty.</translation>
    </message>
    <message>
        <source>Expected JSON: a list of documents such as [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], one such document, or Storyteller scripts (&quot;format&quot;: &quot;storyteller-script&quot;), alone, in a list or in {&quot;scripts&quot;: […]}.</source>
        <translation>Expected JSON: a list of documents such as [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], one such document, or Storyteller scripts (&quot;format&quot;: &quot;storyteller-script&quot;), alone, in a list or in {&quot;scripts&quot;: […]}.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Cannot read the file: %1.</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is %1 MB). Split it into smaller files.</source>
        <translation>The file is too large to import (the limit is %1 MB). Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation>The file is not valid JSON (at byte %1).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be documents or scripts.</source>
        <translation>The file is nested too deeply to be documents or scripts.</translation>
    </message>
    <message>
        <source>The file holds no documents or scripts.</source>
        <translation>The file holds no documents or scripts.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to import.</source>
        <translation>The file holds an empty list: there is nothing to import.</translation>
    </message>
</context>
<context>
    <name>st::InputTranslator</name>
    <message>
        <source>The model returned no translation.</source>
        <translation>The model returned no translation.</translation>
    </message>
</context>
<context>
    <name>st::JsonInput</name>
    <message>
        <source>It is not valid JSON (at byte %1).</source>
        <translation>It is not valid JSON (at byte %1).</translation>
    </message>
    <message>
        <source>It holds a number too large to read.</source>
        <translation>It holds a number too large to read.</translation>
    </message>
    <message>
        <source>It is nested more than %1 levels deep.</source>
        <translation>It is nested more than %1 levels deep.</translation>
    </message>
</context>
<context>
    <name>st::LexicalEvaluator</name>
    <message>
        <source>The library is empty, so there is no story to pick. Add a script on the Create page.</source>
        <translation>The library is empty, so there is no story to pick. Add a script on the Create page.</translation>
    </message>
    <message>
        <source>Type the story you would like to hear: a name, a place or an event, or &quot;anything&quot;.</source>
        <translation>Type the story you would like to hear: a name, a place or an event, or &quot;anything&quot;.</translation>
    </message>
    <message>
        <source>That request is %1 characters long; please keep it under %2, such as a name and an event.</source>
        <translation>That request is %1 characters long; please keep it under %2, such as a name and an event.</translation>
    </message>
</context>
<context>
    <name>st::LibraryItemDelegate</name>
    <message>
        <source>Not heard yet</source>
        <translation>Not heard yet</translation>
    </message>
    <message>
        <source>Heard to the end</source>
        <translation>Heard to the end</translation>
    </message>
    <message>
        <source>Heard %1 of %2</source>
        <translation>Heard %1 of %2</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>Begun</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
</context>
<context>
    <name>st::LlmError</name>
    <message>
        <source>The model server refused the API key (HTTP %1). Check the key in Model provider settings, or that it is allowed to use this model.</source>
        <translation>The model server refused the API key (HTTP %1). Check the key in Model provider settings, or that it is allowed to use this model.</translation>
    </message>
    <message>
        <source>The server does not have the model that is set. Pick one from the server&apos;s list in Model provider settings (with Ollama: pull it first).</source>
        <translation>The server does not have the model that is set. Pick one from the server&apos;s list in Model provider settings (with Ollama: pull it first).</translation>
    </message>
    <message>
        <source>The server has no such address (HTTP 404). Check the base URL in Model provider settings — OpenAI-compatible servers usually end in /v1.</source>
        <translation>The server has no such address (HTTP 404). Check the base URL in Model provider settings — OpenAI-compatible servers usually end in /v1.</translation>
    </message>
    <message>
        <source>The model server is limiting requests and still refused after retrying. Wait a minute and press Retry.</source>
        <translation>The model server is limiting requests and still refused after retrying. Wait a minute and press Retry.</translation>
    </message>
    <message>
        <source>Your account with the model provider has no quota left. Check your plan and billing with the provider, or choose another provider.</source>
        <translation>Your account with the model provider has no quota left. Check your plan and billing with the provider, or choose another provider.</translation>
    </message>
    <message>
        <source>The request is longer than the model&apos;s context. Lower the context budget in Model provider settings, or use a model with a longer context.</source>
        <translation>The request is longer than the model&apos;s context. Lower the context budget in Model provider settings, or use a model with a longer context.</translation>
    </message>
    <message>
        <source>The model server rejected the request (HTTP %1). Check the model and settings in Model provider settings.</source>
        <translation>The model server rejected the request (HTTP %1). Check the model and settings in Model provider settings.</translation>
    </message>
    <message>
        <source>The model server had a problem (HTTP %1), also after retrying. Try again in a moment.</source>
        <translation>The model server had a problem (HTTP %1), also after retrying. Try again in a moment.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the model server. Check that it is running and that the base URL is right.</source>
        <translation>Storyteller could not reach the model server. Check that it is running and that the base URL is right.</translation>
    </message>
    <message>
        <source>The model server did not answer in time. Check that it is running and reachable, or raise the connect timeout in Model provider settings.</source>
        <translation>The model server did not answer in time. Check that it is running and reachable, or raise the connect timeout in Model provider settings.</translation>
    </message>
    <message>
        <source>The model server stopped sending in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>The model server stopped sending in the middle of the reply. What arrived is kept: press Continue or Retry.</translation>
    </message>
    <message>
        <source>Stopped. What was written so far is kept.</source>
        <translation>Stopped. What was written so far is kept.</translation>
    </message>
    <message>
        <source>The reply was cut off or was not in the format the server promised. What arrived is kept: press Continue or Retry.</source>
        <translation>The reply was cut off or was not in the format the server promised. What arrived is kept: press Continue or Retry.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>The model server reported an error in the middle of the reply. What arrived is kept: press Continue or Retry.</translation>
    </message>
    <message>
        <source>No model is set up. Choose a provider, base URL and model in Model provider settings.</source>
        <translation>No model is set up. Choose a provider, base URL and model in Model provider settings.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>The server said: “%1”</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>The library is ready for search by meaning.</source>
        <translation>The library is ready for search by meaning.</translation>
    </message>
    <message>
        <source>Preparing the library for search by meaning: %1 of %2…</source>
        <translation>Preparing the library for search by meaning: %1 of %2…</translation>
    </message>
    <message>
        <source>About Storyteller</source>
        <translation>About Storyteller</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;True stories, told as a conversation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;True stories, told as a conversation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Storyteller</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Story</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <source>&amp;Model provider…</source>
        <translation>&amp;Model provider…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Storyteller</source>
        <translation>&amp;About Storyteller</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>Import scripts</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The voice settings were saved, but the API key could not be stored. Check that the data folder is writable, then enter the key again.</source>
        <translation>The voice settings were saved, but the API key could not be stored. Check that the data folder is writable, then enter the key again.</translation>
    </message>
    <message>
        <source>Narration &amp;voice…</source>
        <translation>Narration &amp;voice…</translation>
    </message>
    <message>
        <source>&amp;Search sessions…</source>
        <translation>&amp;Search sessions…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>&amp;Import session…</translation>
    </message>
    <message>
        <source>&amp;Export this session…</source>
        <translation>&amp;Export this session…</translation>
    </message>
</context>
<context>
    <name>st::MecabTagger</name>
    <message>
        <source>The Japanese dictionary could not be opened (%1). Install the packages mecab-naist-jdic and libmecab2; until then the local voice reads Japanese kanji poorly.</source>
        <translation>The Japanese dictionary could not be opened (%1). Install the packages mecab-naist-jdic and libmecab2; until then the local voice reads Japanese kanji poorly.</translation>
    </message>
</context>
<context>
    <name>st::MessageDelegate</name>
    <message>
        <source>You wrote: %1</source>
        <translation>You wrote: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>You · translated</source>
        <translation>You · translated</translation>
    </message>
    <message>
        <source>Narrator · chapter %1</source>
        <translation>Narrator · chapter %1</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Narrator</translation>
    </message>
    <message>
        <source>telling…</source>
        <translation>telling…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>cut off by an error</source>
        <translation>cut off by an error</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>reading aloud</translation>
    </message>
</context>
<context>
    <name>st::MessageListModel</name>
    <message>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>Narrator, chapter %1: %2</source>
        <translation>Narrator, chapter %1: %2</translation>
    </message>
    <message>
        <source>Narrator: %1</source>
        <translation>Narrator: %1</translation>
    </message>
</context>
<context>
    <name>st::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Continue from here in a new session</source>
        <translation>Continue from here in a new session</translation>
    </message>
</context>
<context>
    <name>st::ModelEvaluator</name>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>No story in the library matches that request.</translation>
    </message>
    <message>
        <source>Searching the library by meaning…</source>
        <translation>Searching the library by meaning…</translation>
    </message>
    <message>
        <source>Asking the model whether “%1” is the one…</source>
        <translation>Asking the model whether “%1” is the one…</translation>
    </message>
</context>
<context>
    <name>st::ModelNarrator</name>
    <message>
        <source>Welcome back to “%1”. Answer the last question to go on.</source>
        <translation>Welcome back to “%1”. Answer the last question to go on.</translation>
    </message>
</context>
<context>
    <name>st::NarrationBar</name>
    <message>
        <source>Pause reading aloud</source>
        <translation>Pause reading aloud</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>Go on reading aloud</translation>
    </message>
    <message>
        <source>Read the last reply aloud</source>
        <translation>Read the last reply aloud</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Getting the voice ready…</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Reading: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>Read each reply aloud as it is written</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Voice…</source>
        <translation>Voice…</translation>
    </message>
    <message>
        <source>Choose the voice that reads the story</source>
        <translation>Choose the voice that reads the story</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>Export audio…</translation>
    </message>
    <message>
        <source>Save this session as one audio file with its transcript</source>
        <translation>Save this session as one audio file with its transcript</translation>
    </message>
    <message>
        <source>Go on listening</source>
        <translation>Go on listening</translation>
    </message>
    <message>
        <source>Listen without answering</source>
        <translation>Listen without answering</translation>
    </message>
    <message>
        <source>Tell the story through to the end like an audiobook; write anything to talk again (Ctrl+Shift+L)</source>
        <translation>Tell the story through to the end like an audiobook; write anything to talk again (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Next chapter now (Ctrl+Shift+N)</source>
        <translation>Next chapter now (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Next chapter</translation>
    </message>
</context>
<context>
    <name>st::NarrationController</name>
    <message>
        <source>The story goes on in text.</source>
        <translation>The story goes on in text.</translation>
    </message>
</context>
<context>
    <name>st::PageFetcher</name>
    <message>
        <source>the connection closed before the whole page arrived</source>
        <translation>the connection closed before the whole page arrived</translation>
    </message>
</context>
<context>
    <name>st::PageReader</name>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
</context>
<context>
    <name>st::ProviderDialog</name>
    <message>
        <source>Enter the server&apos;s base URL first.</source>
        <translation>Enter the server&apos;s base URL first.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Asking the server for its models…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Choose a base URL and a model, or pick the offline narrator.</source>
        <translation>Choose a base URL and a model, or pick the offline narrator.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Model provider</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Base URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API &amp;key</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>&amp;Embedding model</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperature</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>Max &amp;tokens</translation>
    </message>
    <message>
        <source>&amp;Context budget</source>
        <translation>&amp;Context budget</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Connect timeout</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 or https://api.openai.com/v1</source>
        <translation>e.g. http://localhost:11434 or https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Only if the server needs one; kept in the system keychain</source>
        <translation>Only if the server needs one; kept in the system keychain</translation>
    </message>
    <message>
        <source>Optional, for finding stories by meaning</source>
        <translation>Optional, for finding stories by meaning</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Refresh list</translation>
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
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Set by environment variables (these win over the fields): %1</source>
        <translation>Set by environment variables (these win over the fields): %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>st::ReplyVersionBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The earlier version of this reply</source>
        <translation>The earlier version of this reply</translation>
    </message>
    <message>
        <source>The later version of this reply</source>
        <translation>The later version of this reply</translation>
    </message>
</context>
<context>
    <name>st::ScoreParser</name>
    <message>
        <source>The model gave no answer to the relevance question.</source>
        <translation>The model gave no answer to the relevance question.</translation>
    </message>
    <message>
        <source>The model&apos;s answer did not contain a clear relevance score: “%1”. Try again, or choose a model that follows instructions more closely.</source>
        <translation>The model&apos;s answer did not contain a clear relevance score: “%1”. Try again, or choose a model that follows instructions more closely.</translation>
    </message>
</context>
<context>
    <name>st::ScriptCreator</name>
    <message>
        <source>Writing a script needs a language model, and none is configured. Set one up under Story ▸ Model provider…, or paste a ready-made script instead.</source>
        <translation>Writing a script needs a language model, and none is configured. Set one up under Story ▸ Model provider…, or paste a ready-made script instead.</translation>
    </message>
    <message>
        <source>Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, or paste the story&apos;s text instead.</source>
        <translation>Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, or paste the story&apos;s text instead.</translation>
    </message>
</context>
<context>
    <name>st::ScriptDraftPanel</name>
    <message>
        <source>“%1”: %2 of 14 sections to tell.</source>
        <translation>“%1”: %2 of 14 sections to tell.</translation>
    </message>
    <message>
        <source>(N/A — skipped when telling)</source>
        <translation>(N/A — skipped when telling)</translation>
    </message>
    <message>
        <source>The script appears here as it is written. You can also paste a ready-made script: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>The script appears here as it is written. You can also paste a ready-made script: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
</context>
<context>
    <name>st::ScriptExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>st::ScriptJson</name>
    <message>
        <source>This is not valid JSON (at byte %1). Check the file, or paste the script in its markdown form.</source>
        <translation>This is not valid JSON (at byte %1). Check the file, or paste the script in its markdown form.</translation>
    </message>
    <message>
        <source>The JSON does not hold a script: expected an object with a title and sections.</source>
        <translation>The JSON does not hold a script: expected an object with a title and sections.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;sections&quot;: a script needs its 14 sections (prologue 1 to epilogue).</source>
        <translation>The JSON has no &quot;sections&quot;: a script needs its 14 sections (prologue 1 to epilogue).</translation>
    </message>
    <message>
        <source>Skipped a section that is not an object.</source>
        <translation>Skipped a section that is not an object.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; using the session&apos;s language.</source>
        <translation>Unknown language &quot;%1&quot;; using the session&apos;s language.</translation>
    </message>
    <message>
        <source>The script has no text in any section.</source>
        <translation>The script has no text in any section.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>Empty or N/A sections (skipped when telling): %1.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>The script has no title; using &quot;Untitled story&quot;.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Untitled story</translation>
    </message>
    <message>
        <source>Skipped an unknown section &quot;%1&quot;.</source>
        <translation>Skipped an unknown section &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the first one was kept.</source>
        <translation>Section &quot;%1&quot; appears more than once; the first one was kept.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; has no text.</source>
        <translation>Section &quot;%1&quot; has no text.</translation>
    </message>
    <message>
        <source>This script cannot be read: %1</source>
        <translation>This script cannot be read: %1</translation>
    </message>
    <message>
        <source>&quot;sources&quot; is not a list; it was ignored.</source>
        <translation>&quot;sources&quot; is not a list; it was ignored.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n source(s) without a title and a web address, or beyond the first %1.</source>
        <translation>
            <numerusform>Skipped %n source without a title and a web address, or beyond the first %1.</numerusform>
            <numerusform>Skipped %n sources without a title and a web address, or beyond the first %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ScriptParser</name>
    <message>
        <source>The script is empty. Paste a script or choose a file.</source>
        <translation>The script is empty. Paste a script or choose a file.</translation>
    </message>
    <message>
        <source>No story sections were found. A script has headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>No story sections were found. A script has headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</translation>
    </message>
    <message>
        <source>Lines of text ignored before the first section: %1.</source>
        <translation>Lines of text ignored before the first section: %1.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the parts were joined.</source>
        <translation>Section &quot;%1&quot; appears more than once; the parts were joined.</translation>
    </message>
    <message>
        <source>Missing sections (skipped when telling): %1.</source>
        <translation>Missing sections (skipped when telling): %1.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>Empty or N/A sections (skipped when telling): %1.</translation>
    </message>
    <message>
        <source>Every section of the script is empty or N/A, so there is nothing to tell.</source>
        <translation>Every section of the script is empty or N/A, so there is nothing to tell.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>The script has no title; using &quot;Untitled story&quot;.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Untitled story</translation>
    </message>
</context>
<context>
    <name>st::ScriptPipeline</name>
    <message>
        <source>Nothing in the source was about the story. Try a page about the event itself, or paste the part of the text that tells it.</source>
        <translation>Nothing in the source was about the story. Try a page about the event itself, or paste the part of the text that tells it.</translation>
    </message>
</context>
<context>
    <name>st::ScriptWriter</name>
    <message>
        <source>The source does not tell a story the writer could use. Try a page or text about one event, with its people, places and dates.</source>
        <translation>The source does not tell a story the writer could use. Try a page or text about one event, with its people, places and dates.</translation>
    </message>
    <message>
        <source>The source is empty, so there is nothing to write a story from. Paste the article&apos;s text, or try another page.</source>
        <translation>The source is empty, so there is nothing to write a story from. Paste the article&apos;s text, or try another page.</translation>
    </message>
</context>
<context>
    <name>st::SearchDialog</name>
    <message>
        <source>Type to search the names of your sessions and everything said in them, in any language.</source>
        <translation>Type to search the names of your sessions and everything said in them, in any language.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>The first %1 results; add a word to narrow them down.</source>
        <translation>The first %1 results; add a word to narrow them down.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the session at the chosen one.</source>
        <translation>
            <numerusform>%n result(s). Enter opens the session at the chosen one.</numerusform>
            <numerusform>%n result(s). Enter opens the session at the chosen one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Search sessions</translation>
    </message>
    <message>
        <source>Search sessions and messages</source>
        <translation>Search sessions and messages</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>st::SearchResultDelegate</name>
    <message>
        <source>Title: </source>
        <translation>Title: </translation>
    </message>
    <message>
        <source>You: </source>
        <translation>You: </translation>
    </message>
    <message>
        <source>Narrator: </source>
        <translation>Narrator: </translation>
    </message>
</context>
<context>
    <name>st::SessionActions</name>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>That session could not be found; it may have been removed.</translation>
    </message>
    <message>
        <source>The session could not be renamed (%1).</source>
        <translation>The session could not be renamed (%1).</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>End the story first</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1).</source>
        <translation>The history could not be cleared (%1).</translation>
    </message>
    <message>
        <source>%1 (branch)</source>
        <translation>%1 (branch)</translation>
    </message>
    <message>
        <source>A new session could not be made from this message (%1). The story is unchanged.</source>
        <translation>A new session could not be made from this message (%1). The story is unchanged.</translation>
    </message>
    <message>
        <source>Saved the transcript to %1.</source>
        <translation>Saved the transcript to %1.</translation>
    </message>
    <message>
        <source>Saved the session to %1. Import it on any computer with Storyteller (Story ▸ Import session…).</source>
        <translation>Saved the session to %1. Import it on any computer with Storyteller (Story ▸ Import session…).</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>%1: “%2” was already here, so it came in as a copy.</source>
        <translation>%1: “%2” was already here, so it came in as a copy.</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2”, %n message(s).</source>
        <translation>
            <numerusform>%1: “%2”, %n message(s).</numerusform>
            <numerusform>%1: “%2”, %n message(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::SessionAudioExporter</name>
    <message>
        <source>The audio stored for %1 cannot be decoded as %2 (%3).</source>
        <translation>The audio stored for %1 cannot be decoded as %2 (%3).</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>There is no session with id %1.</translation>
    </message>
    <message>
        <source>The messages of “%1” could not be read: %2</source>
        <translation>The messages of “%1” could not be read: %2</translation>
    </message>
    <message>
        <source>“%1” has nothing to export: the narrator has not said anything in it yet.</source>
        <translation>“%1” has nothing to export: the narrator has not said anything in it yet.</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: that folder does not exist.</source>
        <translation>Cannot write the export to %1: that folder does not exist.</translation>
    </message>
    <message>
        <source>sentence %1 of the narrator&apos;s message %2 (“%3”)</source>
        <translation>sentence %1 of the narrator&apos;s message %2 (“%3”)</translation>
    </message>
    <message>
        <source>No voice is set up to speak %1, which was never narrated.</source>
        <translation>No voice is set up to speak %1, which was never narrated.</translation>
    </message>
    <message>
        <source>Could not speak %1: %2</source>
        <translation>Could not speak %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>The audio of %1 changed during the export; export again.</source>
        <translation>The audio of %1 changed during the export; export again.</translation>
    </message>
    <message>
        <source>%1 is already there, beside the audio; it is not replaced without asking. Choose another name, or move that file away.</source>
        <translation>%1 is already there, beside the audio; it is not replaced without asking. Choose another name, or move that file away.</translation>
    </message>
</context>
<context>
    <name>st::SessionDocumentStore</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (imported)</translation>
    </message>
</context>
<context>
    <name>st::SessionExporter</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>There is no session with the id %1.</translation>
    </message>
    <message>
        <source>The session could not be read from the database (%1).</source>
        <translation>The session could not be read from the database (%1).</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1 could not be written (%2). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>st::SessionImportError</name>
    <message>
        <source>This file</source>
        <translation>This file</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 could not be read (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a session file (%2 MB; at most %3 MB).</source>
        <translation>%1 is too large to be a session file (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2). Choose a session file exported by Storyteller.</source>
        <translation>%1 is not a JSON file (%2). Choose a session file exported by Storyteller.</translation>
    </message>
    <message>
        <source>%1 holds stories for the library, not a session. Import it into the library instead.</source>
        <translation>%1 holds stories for the library, not a session. Import it into the library instead.</translation>
    </message>
    <message>
        <source>%1 is not a Storyteller session file. Choose a file made by exporting a session as JSON.</source>
        <translation>%1 is not a Storyteller session file. Choose a file made by exporting a session as JSON.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Storyteller (session format %2; this version reads format %3). Update Storyteller to import it.</source>
        <translation>%1 was written by a newer version of Storyteller (session format %2; this version reads format %3). Update Storyteller to import it.</translation>
    </message>
    <message>
        <source>%1 is not a complete session file: “%2” is missing. Nothing was imported.</source>
        <translation>%1 is not a complete session file: “%2” is missing. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: “%2” should be %3. Nothing was imported.</source>
        <translation>%1 is not a valid session file: “%2” should be %3. Nothing was imported.</translation>
    </message>
    <message>
        <source>The session in %1 could not be saved in the database (%2). Nothing was imported.</source>
        <translation>The session in %1 could not be saved in the database (%2). Nothing was imported.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
</context>
<context>
    <name>st::SessionItemDelegate</name>
    <message>
        <source>No story chosen yet</source>
        <translation>No story chosen yet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>ch. %1</source>
        <translation>ch. %1</translation>
    </message>
</context>
<context>
    <name>st::SessionJsonReader</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>text or null</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>text of at most %1 characters</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>null or a whole number from %1 to %2</source>
        <translation>null or a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a date and time in UTC such as 2024-05-01T19:02:03.120Z</source>
        <translation>a date and time in UTC such as 2024-05-01T19:02:03.120Z</translation>
    </message>
    <message>
        <source>a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e</source>
        <translation>a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e</translation>
    </message>
    <message>
        <source>null or a UUID</source>
        <translation>null or a UUID</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>null or an object with a title and a body</source>
        <translation>null or an object with a title and a body</translation>
    </message>
    <message>
        <source>the story&apos;s script: an object with its sections</source>
        <translation>the story&apos;s script: an object with its sections</translation>
    </message>
    <message>
        <source>a language code such as en, ko, ja or es</source>
        <translation>a language code such as en, ko, ja or es</translation>
    </message>
    <message>
        <source>the name of a model service, or null</source>
        <translation>the name of a model service, or null</translation>
    </message>
    <message>
        <source>a number greater than the previous message&apos;s (%1)</source>
        <translation>a number greater than the previous message&apos;s (%1)</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>a list of objects</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>at byte %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>a list of messages</translation>
    </message>
    <message>
        <source>a list of at most %1 messages</source>
        <translation>a list of at most %1 messages</translation>
    </message>
</context>
<context>
    <name>st::SessionPage</name>
    <message>
        <source>Continue the story</source>
        <translation>Continue the story</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>Back to the session settings</translation>
    </message>
    <message>
        <source>“%1” · told in %2 · chapters told: %3 · last used %4</source>
        <translation>“%1” · told in %2 · chapters told: %3 · last used %4</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>st::SessionTranscript</name>
    <message>
        <source>Untitled session</source>
        <translation>Untitled session</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Story:</translation>
    </message>
    <message>
        <source>(no story chosen)</source>
        <translation>(no story chosen)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Last told:</source>
        <translation>Last told:</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>Narrator:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>You:</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(as written: %1)</translation>
    </message>
    <message>
        <source>(cut off here)</source>
        <translation>(cut off here)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>st::SessionTransfer</name>
    <message>
        <source>Storyteller session, complete (*.json)</source>
        <translation>Storyteller session, complete (*.json)</translation>
    </message>
    <message>
        <source>Markdown transcript (*.md)</source>
        <translation>Markdown transcript (*.md)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Export session</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Import session</translation>
    </message>
    <message>
        <source>Storyteller session (*.json);;All files (*)</source>
        <translation>Storyteller session (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>st::SessionTrash</name>
    <message>
        <source>The session could not be deleted (%1). It is back in the list; try again.</source>
        <translation>The session could not be deleted (%1). It is back in the list; try again.</translation>
    </message>
</context>
<context>
    <name>st::SettingsPage</name>
    <message>
        <source>A new story session</source>
        <translation>A new story session</translation>
    </message>
    <message>
        <source>Session &amp;name</source>
        <translation>Session &amp;name</translation>
    </message>
    <message>
        <source>Story &amp;language</source>
        <translation>Story &amp;language</translation>
    </message>
    <message>
        <source>The narrator tells the story in this language.</source>
        <translation>The narrator tells the story in this language.</translation>
    </message>
    <message>
        <source>Narration &amp;pace</source>
        <translation>Narration &amp;pace</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Relaxed</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>Brisk</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instant</translation>
    </message>
    <message>
        <source>How fast the narrator&apos;s words appear</source>
        <translation>How fast the narrator&apos;s words appear</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Narrator: the model “%1” at %2.</source>
        <translation>Narrator: the model “%1” at %2.</translation>
    </message>
    <message>
        <source>Narrator: offline. No language model is configured, so stories come from the built-in library and are told by the offline narrator.</source>
        <translation>Narrator: offline. No language model is configured, so stories come from the built-in library and are told by the offline narrator.</translation>
    </message>
    <message>
        <source>Model provider…</source>
        <translation>Model provider…</translation>
    </message>
    <message>
        <source>Translate my answers into the story language (with a model)</source>
        <translation>Translate my answers into the story language (with a model)</translation>
    </message>
    <message>
        <source>If you write in another language, the model translates your answer first; both are kept and shown.</source>
        <translation>If you write in another language, the model translates your answer first; both are kept and shown.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>Choose the language the story is told in, and name this session if you like (otherwise it is named after its story). You can come back to it later from the sidebar.</source>
        <translation>Choose the language the story is told in, and name this session if you like (otherwise it is named after its story). You can come back to it later from the sidebar.</translation>
    </message>
    <message>
        <source>Optional, e.g. Evening stories</source>
        <translation>Optional, e.g. Evening stories</translation>
    </message>
</context>
<context>
    <name>st::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Show or hide the stories in the library</source>
        <translation>Show or hide the stories in the library</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No sessions yet. Start one on the right.</source>
        <translation>No sessions yet. Start one on the right.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Clear history…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>End the story first</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Rename session</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Clear history</translation>
    </message>
    <message>
        <source>Clear every message of “%1”? Its name, language and story stay; the story starts again from its beginning. This cannot be undone.</source>
        <translation>Clear every message of “%1”? Its name, language and story stay; the story starts again from its beginning. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its messages and audio? You can undo this for a few seconds.</source>
        <translation>Delete “%1” with all its messages and audio? You can undo this for a few seconds.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Filter stories</source>
        <translation>Filter stories</translation>
    </message>
    <message>
        <source>Start a session, then click a story to hear it</source>
        <translation>Start a session, then click a story to hear it</translation>
    </message>
    <message>
        <source>Stories in the library</source>
        <translation>Stories in the library</translation>
    </message>
    <message>
        <source>Click a session (or press Enter) to continue it; right-click (or the Menu key) to rename, clear or delete it</source>
        <translation>Click a session (or press Enter) to continue it; right-click (or the Menu key) to rename, clear or delete it</translation>
    </message>
</context>
<context>
    <name>st::SpeechFile</name>
    <message>
        <source>Sentence %1 could not be decoded: %2</source>
        <translation>Sentence %1 could not be decoded: %2</translation>
    </message>
    <message>
        <source>There is nothing to say in this text.</source>
        <translation>There is nothing to say in this text.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Sentence %1 could not be spoken: %2</source>
        <translation>Sentence %1 could not be spoken: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 could not be opened for writing.</translation>
    </message>
</context>
<context>
    <name>st::StoryCheck</name>
    <message>
        <source>Reading your request…</source>
        <translation>Reading your request…</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>Searching the library…</translation>
    </message>
    <message>
        <source>Picked a story at random: “%1”.</source>
        <translation>Picked a story at random: “%1”.</translation>
    </message>
    <message>
        <source>Best match: “%1” (relevance %2 of 100).</source>
        <translation>Best match: “%1” (relevance %2 of 100).</translation>
    </message>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>No story in the library matches that request.</translation>
    </message>
    <message>
        <source>Chosen from the library: “%1”.</source>
        <translation>Chosen from the library: “%1”.</translation>
    </message>
</context>
<context>
    <name>st::StoryTelling</name>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>The story “%1” could not be read from the library. Try another story.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1).</source>
        <translation>The session could not be saved (%1).</translation>
    </message>
    <message>
        <source>The story saved with this session could not be read (%1).</source>
        <translation>The story saved with this session could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>st::TtsError</name>
    <message>
        <source>The voice service said: “%1”</source>
        <translation>The voice service said: “%1”</translation>
    </message>
    <message>
        <source>The local voice needs espeak-ng, which is not installed. Install the espeak-ng package, or choose a cloud voice in the narration settings.</source>
        <translation>The local voice needs espeak-ng, which is not installed. Install the espeak-ng package, or choose a cloud voice in the narration settings.</translation>
    </message>
    <message>
        <source>The local voice (espeak-ng) failed to speak this sentence. Try another voice or language in the narration settings, or reinstall espeak-ng.</source>
        <translation>The local voice (espeak-ng) failed to speak this sentence. Try another voice or language in the narration settings, or reinstall espeak-ng.</translation>
    </message>
    <message>
        <source>The voice service refused the API key (HTTP %1). Check the key in the narration settings; until then the local voice reads the story.</source>
        <translation>The voice service refused the API key (HTTP %1). Check the key in the narration settings; until then the local voice reads the story.</translation>
    </message>
    <message>
        <source>Your account with the voice service has no credits left. Check your plan with the provider; until then the local voice reads the story.</source>
        <translation>Your account with the voice service has no credits left. Check your plan with the provider; until then the local voice reads the story.</translation>
    </message>
    <message>
        <source>The voice service is limiting requests. Wait a moment and press Play again, or switch to the local voice.</source>
        <translation>The voice service is limiting requests. Wait a moment and press Play again, or switch to the local voice.</translation>
    </message>
    <message>
        <source>The voice service had a problem (HTTP %1). Try again in a moment, or switch to the local voice.</source>
        <translation>The voice service had a problem (HTTP %1). Try again in a moment, or switch to the local voice.</translation>
    </message>
    <message>
        <source>The voice service rejected the request (HTTP %1). Check the voice and model in the narration settings, or switch to the local voice.</source>
        <translation>The voice service rejected the request (HTTP %1). Check the voice and model in the narration settings, or switch to the local voice.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the voice service. Check the internet connection and the address in the narration settings; the local voice works offline.</source>
        <translation>Storyteller could not reach the voice service. Check the internet connection and the address in the narration settings; the local voice works offline.</translation>
    </message>
    <message>
        <source>The voice service did not answer in time. Try again, or switch to the local voice.</source>
        <translation>The voice service did not answer in time. Try again, or switch to the local voice.</translation>
    </message>
    <message>
        <source>The voice service answered with something that is not audio. Check the address and the audio format in the narration settings, or switch to the local voice.</source>
        <translation>The voice service answered with something that is not audio. Check the address and the audio format in the narration settings, or switch to the local voice.</translation>
    </message>
    <message>
        <source>This passage is longer than the voice can read in one request. It needs to be split into shorter sentences, or read with another voice.</source>
        <translation>This passage is longer than the voice can read in one request. It needs to be split into shorter sentences, or read with another voice.</translation>
    </message>
    <message>
        <source>Reading aloud was stopped.</source>
        <translation>Reading aloud was stopped.</translation>
    </message>
    <message>
        <source>No sound output was found, so the story is not read aloud. Connect speakers or headphones (or start the sound server) and press Play.</source>
        <translation>No sound output was found, so the story is not read aloud. Connect speakers or headphones (or start the sound server) and press Play.</translation>
    </message>
    <message>
        <source>The sound could not be played, so reading aloud has stopped. Check the sound output and press Play to try again.</source>
        <translation>The sound could not be played, so reading aloud has stopped. Check the sound output and press Play to try again.</translation>
    </message>
</context>
<context>
    <name>st::VoiceDialog</name>
    <message>
        <source>Narration voice</source>
        <translation>Narration voice</translation>
    </message>
    <message>
        <source>Local voice (espeak-ng, offline)</source>
        <translation>Local voice (espeak-ng, offline)</translation>
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
        <translation>&amp;Voice service:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;How to speak:</source>
        <translation>&amp;How to speak:</translation>
    </message>
    <message>
        <source>&amp;Stability:</source>
        <translation>&amp;Stability:</translation>
    </message>
    <message>
        <source>S&amp;imilarity:</source>
        <translation>S&amp;imilarity:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;yle:</translation>
    </message>
    <message>
        <source>Speaker boost</source>
        <translation>Speaker boost</translation>
    </message>
    <message>
        <source>Voice for %1:</source>
        <translation>Voice for %1:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>S&amp;peed:</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>Read each reply aloud as it is written</translation>
    </message>
    <message>
        <source>Empty: the key of your OpenAI model provider</source>
        <translation>Empty: the key of your OpenAI model provider</translation>
    </message>
    <message>
        <source>Paste the key from your account page</source>
        <translation>Paste the key from your account page</translation>
    </message>
    <message>
        <source>Sentences are sent to the service as they are written. If it fails, the local voice reads on. The key is kept in the system keychain (or a private file), never in the settings.</source>
        <translation>Sentences are sent to the service as they are written. If it fails, the local voice reads on. The key is kept in the system keychain (or a private file), never in the settings.</translation>
    </message>
    <message>
        <source>That is how it sounds.</source>
        <translation>That is how it sounds.</translation>
    </message>
    <message>
        <source>Speaking a sample…</source>
        <translation>Speaking a sample…</translation>
    </message>
    <message>
        <source>&amp;Try this voice</source>
        <translation>&amp;Try this voice</translation>
    </message>
    <message>
        <source>Speak a sample sentence in the story language with these settings</source>
        <translation>Speak a sample sentence in the story language with these settings</translation>
    </message>
    <message>
        <source>The local voice works offline and costs nothing. It sounds robotic; Japanese goes through a dictionary first, so kanji, numbers and dates are read as words. Leave a voice empty for the default shown in grey.</source>
        <translation>The local voice works offline and costs nothing. It sounds robotic; Japanese goes through a dictionary first, so kanji, numbers and dates are read as words. Leave a voice empty for the default shown in grey.</translation>
    </message>
</context>
<context>
    <name>st::WebError</name>
    <message>
        <source>There is no web address to open. Type or paste one, like https://example.com/page.</source>
        <translation>There is no web address to open. Type or paste one, like https://example.com/page.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Check it — it should look like https://example.com/page — or paste the text instead.</source>
        <translation>“%1” is not a web address. Check it — it should look like https://example.com/page — or paste the text instead.</translation>
    </message>
    <message>
        <source>This is a file on your computer, not a web address. Open it as a file instead.</source>
        <translation>This is a file on your computer, not a web address. Open it as a file instead.</translation>
    </message>
    <message>
        <source>Storyteller opens only http:// and https:// addresses, not “%1:”. Save the page as a file and open that, or paste its text instead.</source>
        <translation>Storyteller opens only http:// and https:// addresses, not “%1:”. Save the page as a file and open that, or paste its text instead.</translation>
    </message>
    <message>
        <source>The site sent Storyteller on from address to address more than %1 times. Open the page in a browser and copy its final address, or paste the text instead.</source>
        <translation>The site sent Storyteller on from address to address more than %1 times. Open the page in a browser and copy its final address, or paste the text instead.</translation>
    </message>
    <message>
        <source>The secure page redirected to an insecure http:// address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>The secure page redirected to an insecure http:// address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</translation>
    </message>
    <message>
        <source>The site redirected to a “%1:” address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>The site redirected to a “%1:” address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</translation>
    </message>
    <message>
        <source>The page is larger than %1, more than Storyteller reads. Copy the part you need and paste it instead.</source>
        <translation>The page is larger than %1, more than Storyteller reads. Copy the part you need and paste it instead.</translation>
    </message>
    <message>
        <source>The site stopped sending the page before it was complete. Try again later, or paste the text instead.</source>
        <translation>The site stopped sending the page before it was complete. Try again later, or paste the text instead.</translation>
    </message>
    <message>
        <source>The site did not answer in time. Check your internet connection and the address, then try again.</source>
        <translation>The site did not answer in time. Check your internet connection and the address, then try again.</translation>
    </message>
    <message>
        <source>The file “%1” has no text to read. Choose another file, or paste the text instead.</source>
        <translation>The file “%1” has no text to read. Choose another file, or paste the text instead.</translation>
    </message>
    <message>
        <source>The page has no text to read. Check the address, or paste the text instead.</source>
        <translation>The page has no text to read. Check the address, or paste the text instead.</translation>
    </message>
    <message>
        <source>This page needs JavaScript to show its text. Copy the article text and paste it instead.</source>
        <translation>This page needs JavaScript to show its text. Copy the article text and paste it instead.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>Stopped. Nothing was read.</translation>
    </message>
    <message>
        <source>Storyteller could not read the file “%1” (%2). Check that it exists and that you may open it.</source>
        <translation>Storyteller could not read the file “%1” (%2). Check that it exists and that you may open it.</translation>
    </message>
    <message>
        <source>The site says there is no such page (HTTP %1). Check the address.</source>
        <translation>The site says there is no such page (HTTP %1). Check the address.</translation>
    </message>
    <message>
        <source>The site refused access to the page (HTTP %1): it may need a login or keep out automatic readers. Open it in a browser and paste the article text instead.</source>
        <translation>The site refused access to the page (HTTP %1): it may need a login or keep out automatic readers. Open it in a browser and paste the article text instead.</translation>
    </message>
    <message>
        <source>The site is receiving too many requests (HTTP 429). Wait a few minutes and try again, or paste the text instead.</source>
        <translation>The site is receiving too many requests (HTTP 429). Wait a few minutes and try again, or paste the text instead.</translation>
    </message>
    <message>
        <source>The site had a problem (server error, HTTP %1). Try again later, or paste the text instead.</source>
        <translation>The site had a problem (server error, HTTP %1). Try again later, or paste the text instead.</translation>
    </message>
    <message>
        <source>The site answered with a redirect Storyteller cannot follow (HTTP %1). Open the page in a browser and copy its final address.</source>
        <translation>The site answered with a redirect Storyteller cannot follow (HTTP %1). Open the page in a browser and copy its final address.</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP %1). Check the address, or paste the text instead.</source>
        <translation>The site refused the request (HTTP %1). Check the address, or paste the text instead.</translation>
    </message>
    <message>
        <source>This address is a PDF document, not a web page. Open it in a PDF reader, copy the text and paste it instead.</source>
        <translation>This address is a PDF document, not a web page. Open it in a PDF reader, copy the text and paste it instead.</translation>
    </message>
    <message>
        <source>This address is a picture (%1), not a page with text. Check the address.</source>
        <translation>This address is a picture (%1), not a page with text. Check the address.</translation>
    </message>
    <message>
        <source>This address is a recording (%1), not a page with text. Check the address.</source>
        <translation>This address is a recording (%1), not a page with text. Check the address.</translation>
    </message>
    <message>
        <source>This address did not send a web page. Check the address, or paste the text instead.</source>
        <translation>This address did not send a web page. Check the address, or paste the text instead.</translation>
    </message>
    <message>
        <source>This address is not a web page but “%1”. Storyteller reads web pages and plain text: open the document elsewhere and paste its text instead.</source>
        <translation>This address is not a web page but “%1”. Storyteller reads web pages and plain text: open the document elsewhere and paste its text instead.</translation>
    </message>
    <message>
        <source>Storyteller could not find the site “%1”. Check the address and your internet connection.</source>
        <translation>Storyteller could not find the site “%1”. Check the address and your internet connection.</translation>
    </message>
    <message>
        <source>The site “%1” refused the connection. Check the address, or try again later.</source>
        <translation>The site “%1” refused the connection. Check the address, or try again later.</translation>
    </message>
    <message>
        <source>No secure connection to “%1” could be made (%2). Check the address, or open the page in a browser and paste its text instead.</source>
        <translation>No secure connection to “%1” could be made (%2). Check the address, or open the page in a browser and paste its text instead.</translation>
    </message>
    <message>
        <source>Storyteller could not load the page (%1). Check your internet connection and try again.</source>
        <translation>Storyteller could not load the page (%1). Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>The site sent the page too slowly to finish in time. Try again later, or paste the text instead.</source>
        <translation>The site sent the page too slowly to finish in time. Try again later, or paste the text instead.</translation>
    </message>
</context>
</TS>
