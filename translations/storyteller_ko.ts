<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>cli</name>
    <message>
        <source>Use the database and settings in &lt;dir&gt;.</source>
        <translation>&lt;dir&gt;에 있는 데이터베이스와 설정을 사용해요.</translation>
    </message>
    <message>
        <source>chat: the session name.</source>
        <translation>chat: 세션 이름.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>실행할 명령 (위 설명 참고).</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>터미널 %1</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown language %1; use en, ko, ja or es.</source>
        <translation>storyteller-cli: 알 수 없는 언어예요: %1. en, ko, ja, es 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: %2</source>
        <translation>storyteller-cli: %1: %2</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n script(s).</source>
        <translation>
            <numerusform>스크립트 %n개를 가져왔어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 failed.</source>
        <translation>%2개 중 %1개를 가져왔어요. %3개는 실패했어요.</translation>
    </message>
    <message>
        <source>storyteller-cli: script %1 cannot be read; left out.</source>
        <translation>storyteller-cli: 스크립트 %1: 읽을 수 없어서 제외했어요.</translation>
    </message>
    <message>
        <source>storyteller-cli: no script with id %1; see &apos;storyteller-cli library list&apos;.</source>
        <translation>storyteller-cli: ID가 %1인 스크립트가 없어요. ‘storyteller-cli library list’로 확인해 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>스크립트 %n개를 %1에 내보냈어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>storyteller-cli: %1 sessions are named “%2”; exporting the most recent one (id %3).</source>
        <translation>storyteller-cli: “%2”라는 세션이 %1개 있어요. 가장 최근 것(id %3)을 내보내요.</translation>
    </message>
    <message>
        <source>storyteller-cli: no session with the id or name “%1”; see &apos;storyteller-cli sessions list&apos;.</source>
        <translation>storyteller-cli: id나 이름이 “%1”인 세션이 없어요. &apos;storyteller-cli sessions list&apos;를 보세요.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1 espeak-ng speaks the rest.</source>
        <translation>storyteller-cli: %1 나머지는 espeak-ng가 읽어요.</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown format %1; use json or md.</source>
        <translation>storyteller-cli: 알 수 없는 형식이에요: %1. json이나 md를 쓰세요.</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: that session was already here; imported as a new session, “%2”.</source>
        <translation>storyteller-cli: %1: 이미 있는 세션이라 새 세션 “%2”(으)로 가져왔어요.</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown audio format %1; use wav, mp3 or opus.</source>
        <translation>storyteller-cli: 알 수 없는 오디오 형식 %1; wav, mp3, opus 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>storyteller-cli: there is nothing to say in this text.</source>
        <translation>storyteller-cli: 이 글에는 읽을 내용이 없어요.</translation>
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
        <translation>명령줄에서 쓰는 Storyteller예요.

명령:
  library list          서재에 있는 스크립트 (id, 언어, 제목)
  library export [ID...] Storyteller의 JSON 형식으로 된 스크립트, ID가 없으면 전부
                        (--language xx: xx 언어만; --output FILE)
  library import FILE... 문서 [{&quot;title&quot;: ..., &quot;content&quot;: ...}] (모델이 --language
                        언어로 스크립트를 써요)와 Storyteller 스크립트
  sessions list         저장된 세션 (id, 이름, 이야기, 메시지 수)
  session export-audio SESSION  세션(id 또는 이름)의 낭독을 장이 표시된 오디오 파일
                        하나로, 대본은 Markdown으로 (--format wav: 기본값, .cue 파일과 함께;
                        mp3: lame 필요; opus: opus-tools 필요; --output PATH:
                        PATH.wav(.mp3, .opus)와 PATH.md; 기본값: 현재 폴더에 세션 이름으로)
  session export SESSION  세션(id 또는 이름)을 파일로: JSON은 전부
                        (--format json, 기본값), Markdown은 읽기용 대본
                        (--format md); --output: 파일 또는 폴더 (기본값: 현재 폴더)
  session import FILE...  JSON으로 내보낸 세션 파일을 각각 새 세션으로
                        (이미 있으면 복사본, “(가져옴)”)
  models                설정된 서버에서 제공하는 모델
  check                 모델 서버 연결 테스트
  chat                  stdin/stdout으로 이야기 듣기: 첫 줄은 요청, 그다음 줄부터는
                        내 대답; exit를 입력하면 끝나요 (--listen: 대답 없이
                        끝까지 들려줘요)
  extract URL|FILE      웹 페이지나 파일의 제목(첫 줄)과 본문
  say TEXT...           설정된 목소리로 TEXT를 읽어요(&quot;-&quot;: stdin) (--language xx;
                        --output FILE.wav: 파일로; --show: 음성 엔진에 넘기는 글을
                        한 줄에 한 문장씩 출력)

종료 코드: 0 성공, 1 찾을 수 없음, 2 데이터 폴더를 쓸 수 없음, 3 설정된 모델 제공자 없음, 4 서버에 연결할 수 없음, 5 키 또는 사용량 한도 거부, 6 해당 모델 없음, 7 그 밖의 서버 오류, 8 일부 항목을 가져오지 못함 (library import, session import), 9 내보내기 실패 (session export, export-audio), 64 사용법 오류. extract: 1 페이지나 파일 없음, 4 사이트에 연결할 수 없음, 5 접근 거부, 7 읽을 수 있는 텍스트 없음.</translation>
    </message>
    <message>
        <source>chat, library import and export, say: the story language (en, ko, ja, es).</source>
        <translation>chat, library import/export, say: 이야기 언어 (en, ko, ja, es).</translation>
    </message>
    <message>
        <source>library export: write to &lt;file&gt;, not stdout. session export: write &lt;file&gt; (or into that folder). session export-audio: write &lt;file&gt;.wav (.mp3, .opus; a WAV with &lt;file&gt;.cue) and &lt;file&gt;.md. say: write &lt;file&gt;.wav.</source>
        <translation>library export: stdout 대신 &lt;file&gt;에 써요. session export: &lt;file&gt;에 (또는 그 폴더 안에) 써요. session export-audio: &lt;file&gt;.wav(.mp3, .opus; WAV는 &lt;file&gt;.cue와 함께)와 &lt;file&gt;.md를 써요. say: &lt;file&gt;.wav를 써요.</translation>
    </message>
    <message>
        <source>session export: json (complete, the default) or md (a readable transcript). session export-audio: wav (the default), mp3 or opus.</source>
        <translation>session export: json(전부, 기본값) 또는 md(읽기용 대본). session export-audio: wav(기본값), mp3 또는 opus.</translation>
    </message>
    <message>
        <source>say: print what the voice engine is given, not the sound.</source>
        <translation>say: 소리 대신 음성 엔진에 넘기는 글을 출력해요.</translation>
    </message>
    <message>
        <source>chat: listen without answering: the story is told through to the end, like an audiobook.</source>
        <translation>chat: 대답 없이 듣기: 오디오북처럼 이야기를 끝까지 들려줘요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>True stories, told as a conversation.</source>
        <translation>실제 이야기를 대화로 들려드려요.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>데이터베이스와 설정을 &lt;dir&gt;에 보관해요.</translation>
    </message>
    <message>
        <source>Save a picture of the first page to &lt;file&gt; and quit.</source>
        <translation>첫 페이지 화면을 &lt;file&gt;에 저장하고 종료해요.</translation>
    </message>
    <message>
        <source>Storyteller cannot start</source>
        <translation>Storyteller를 시작할 수 없어요</translation>
    </message>
</context>
<context>
    <name>st::AppController</name>
    <message>
        <source>The API key could not be stored: neither the system keychain nor the private key file in the data folder accepted it.</source>
        <translation>API 키를 저장하지 못했어요. 시스템 키체인과 데이터 폴더의 개인 키 파일 모두 저장할 수 없었어요.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1). Check that the disk is not full, then try again.</source>
        <translation>세션을 저장하지 못했어요 (%1). 디스크 공간이 남아 있는지 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>서재에서 “%1” 이야기를 읽지 못했어요. 다른 이야기를 골라 보세요.</translation>
    </message>
    <message>
        <source>The script could not be saved to the library (%1). Your text is still here; check the disk and try again.</source>
        <translation>스크립트를 서재에 저장하지 못했어요 (%1). 작성한 내용은 그대로 남아 있어요. 디스크를 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>그 세션을 찾을 수 없어요. 삭제되었을 수도 있어요.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>st::AppFlow</name>
    <message>
        <source>That name is %1 characters long; keep it under %2.</source>
        <translation>이름이 %1자예요. %2자보다 짧게 해 주세요.</translation>
    </message>
</context>
<context>
    <name>st::AudioEncodeError</name>
    <message>
        <source>Exporting %1 needs the program %2, which is not installed. Install the package %3 (for example: sudo apt install %3), or export as WAV.</source>
        <translation>%1(으)로 내보내려면 %2 프로그램이 필요한데 설치되어 있지 않아요. %3 패키지를 설치하거나(예: sudo apt install %3) WAV로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2.</source>
        <translation>%1(이)가 오디오를 %2(으)로 인코딩하지 못했어요.</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2: %3</source>
        <translation>%1(이)가 오디오를 %2(으)로 인코딩하지 못했어요: %3</translation>
    </message>
</context>
<context>
    <name>st::AudioEncoder</name>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>예기치 않게 멈췄어요</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <source>it wrote nothing</source>
        <translation>아무것도 쓰지 않았어요</translation>
    </message>
</context>
<context>
    <name>st::AudioExportDialog</name>
    <message>
        <source>WAV audio, chapters in a cue sheet beside it (*.wav)</source>
        <translation>WAV 오디오, 장 정보는 옆의 cue 파일에 (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio with chapters (*.mp3)</source>
        <translation>장이 표시된 MP3 오디오 (*.mp3)</translation>
    </message>
    <message>
        <source>Opus audio with chapters (*.opus)</source>
        <translation>장이 표시된 Opus 오디오 (*.opus)</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>오디오 내보내기</translation>
    </message>
    <message>
        <source>%1 is already there. Replace it?</source>
        <translation>%1이(가) 이미 있어요. 바꿀까요?</translation>
    </message>
    <message>
        <source>%1 are already there. The transcript and the cue sheet are saved beside the audio under those names. Replace them?</source>
        <translation>%1이(가) 이미 있어요. 대본과 cue 파일은 오디오 옆에 이 이름으로 저장돼요. 바꿀까요?</translation>
    </message>
    <message>
        <source>%1 is already there. The cue sheet (the chapters) is saved beside the audio under that name. Replace it?</source>
        <translation>%1이(가) 이미 있어요. cue 파일(장 정보)은 오디오 옆에 이 이름으로 저장돼요. 바꿀까요?</translation>
    </message>
    <message>
        <source>%1 is already there. The transcript is saved beside the audio under that name. Replace it?</source>
        <translation>%1 파일이 이미 있어요. 대본은 오디오 옆에 이 이름으로 저장돼요. 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>st::BatchImporter</name>
    <message>
        <source>Writing a script from a document needs a language model, and none is configured. Set up a model provider and import it again; ready scripts import without one.</source>
        <translation>문서로 스크립트를 쓰려면 언어 모델이 필요한데, 설정된 모델이 없어요. 모델 제공자를 설정한 뒤 다시 가져오세요. 완성된 스크립트는 모델 없이도 가져올 수 있어요.</translation>
    </message>
    <message>
        <source>Already in the library; not added again.</source>
        <translation>이미 서재에 있어서 다시 추가하지 않았어요.</translation>
    </message>
    <message>
        <source>The script could not be saved: %1</source>
        <translation>스크립트를 저장하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMarks</name>
    <message>
        <source>Opening</source>
        <translation>도입</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1장</translation>
    </message>
</context>
<context>
    <name>st::ChapterMenuButton</name>
    <message>
        <source>chapter %1 of %2</source>
        <translation>%2장 중 %1장</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>도입</translation>
    </message>
    <message>
        <source> · shorter chapters</source>
        <translation> · 짧게 듣는 중</translation>
    </message>
    <message>
        <source> · longer chapters</source>
        <translation> · 길게 듣는 중</translation>
    </message>
    <message>
        <source>The story&apos;s chapters: hear one again, or go on to the next</source>
        <translation>이야기의 장 목록: 들은 장을 다시 듣거나 다음 장으로 넘어가요</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>장 목록</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1장</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (지금 여기)</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1 (다음)</translation>
    </message>
    <message>
        <source>Hear this chapter again</source>
        <translation>이 장을 다시 들어요</translation>
    </message>
    <message>
        <source>Go on to this chapter</source>
        <translation>이 장으로 넘어가요</translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation>끝으로 건너뛰기</translation>
    </message>
    <message>
        <source>Shorter chapters</source>
        <translation>더 짧게 듣기</translation>
    </message>
    <message>
        <source>Longer chapters</source>
        <translation>더 길게 듣기</translation>
    </message>
</context>
<context>
    <name>st::ChatPage</name>
    <message>
        <source>%1 tokens in, %2 out this session</source>
        <translation>이번 세션: 입력 %1토큰, 출력 %2토큰</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Save this session and go back to the start</source>
        <translation>이 세션을 저장하고 처음 화면으로 돌아가요</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>보내기 (Enter). Shift+Enter를 누르면 줄이 바뀌어요.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Stop the narrator (Esc). What was told is kept.</source>
        <translation>이야기꾼을 멈춰요 (Esc). 지금까지 들려준 내용은 남아 있어요.</translation>
    </message>
    <message>
        <source>Your answer… (type &quot;exit&quot; to finish)</source>
        <translation>대답을 입력하세요… (끝내려면 “종료” 입력)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서</translation>
    </message>
    <message>
        <source>Go on from where the reply stopped</source>
        <translation>답변이 멈춘 곳부터 이어서 들려줘요</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <source>Tell this part again from its start</source>
        <translation>이 부분을 처음부터 다시 들려줘요</translation>
    </message>
    <message>
        <source>The last reply was cut off. What arrived is kept.</source>
        <translation>마지막 답변이 중간에 끊겼어요. 받은 내용까지는 남아 있어요.</translation>
    </message>
    <message>
        <source>Tell the last reply again</source>
        <translation>마지막 답변을 다시 들려줘요</translation>
    </message>
    <message>
        <source>Edit my answer</source>
        <translation>내 대답 고치기</translation>
    </message>
    <message>
        <source>Change your last answer and hear the reply again</source>
        <translation>마지막 대답을 고치고 답변을 다시 들어요</translation>
    </message>
    <message>
        <source>Editing your last answer: press Enter to send it again, or Esc to cancel.</source>
        <translation>마지막 대답을 고치는 중이에요. Enter를 누르면 다시 보내고, Esc를 누르면 취소해요.</translation>
    </message>
    <message>
        <source>The story has ended. Press End or type &quot;exit&quot; to finish.</source>
        <translation>이야기가 끝났어요. ‘끝내기’를 누르거나 “종료”를 입력하세요.</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>오디오 내보내기</translation>
    </message>
    <message>
        <source>Exporting the session&apos;s audio…</source>
        <translation>세션의 오디오를 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>내보내기를 취소했어요. 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>Saved the audio to %1 and the transcript to %2.</source>
        <translation>오디오를 %1에, 대본을 %2에 저장했어요.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 대답</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>st::ChatSession</name>
    <message>
        <source>That message is %1 characters long; the limit is %2. Shorten it and send it again.</source>
        <translation>메시지가 %1자예요. 최대 %2자까지 보낼 수 있어요. 줄여서 다시 보내 주세요.</translation>
    </message>
    <message>
        <source>Your message could not be saved (%1). It is still in the box; check the disk and send it again.</source>
        <translation>메시지를 저장하지 못했어요 (%1). 입력란에 그대로 남아 있으니 디스크를 확인한 뒤 다시 보내 주세요.</translation>
    </message>
    <message>
        <source>Your message could not be translated (%1), so the narrator gets it as you wrote it.</source>
        <translation>메시지를 번역하지 못해서 (%1) 쓴 그대로 이야기꾼에게 전달해요.</translation>
    </message>
    <message>
        <source>Your edit could not be saved (%1). It is still in the box.</source>
        <translation>고친 내용을 저장하지 못했어요 (%1). 입력란에 그대로 남아 있어요.</translation>
    </message>
    <message>
        <source>The story could not be saved to the database (%1). It is still shown here; check the disk.</source>
        <translation>이야기를 데이터베이스에 저장하지 못했어요 (%1). 화면에는 그대로 보여요. 디스크를 확인해 주세요.</translation>
    </message>
</context>
<context>
    <name>st::CheckPage</name>
    <message>
        <source>What story would you like to hear?</source>
        <translation>어떤 이야기를 듣고 싶으세요?</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>세션: %1</translation>
    </message>
    <message>
        <source>A name, a place or an event — e.g. the Mary Celeste — or &quot;anything&quot;</source>
        <translation>사람 이름, 장소, 사건 — 예: 메리 셀레스트호 — 또는 “아무거나”</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>물어보기</translation>
    </message>
    <message>
        <source>Hint: be more specific. Name the person, ship or place and the event, e.g. &quot;the ghost ship Mary Celeste, 1872&quot;.</source>
        <translation>도움말: 조금 더 구체적으로 적어 보세요. 사람, 배, 장소의 이름과 사건을 함께 적으면 좋아요. 예: “유령선 메리 셀레스트호, 1872년”.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>세션 설정으로 돌아가요</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <source>Write a new script for this story</source>
        <translation>이 이야기의 새 스크립트를 써요</translation>
    </message>
    <message>
        <source>Found it: “%1”.</source>
        <translation>찾았어요: “%1”.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — add a name, a place or the event — and ask again.</source>
        <translation>“%1” 이야기를 말씀하신 건가요? 이름, 장소, 사건 등을 조금 더 알려 주시고 다시 물어봐 주세요.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Try again with more detail, create a script for it, or go back.</source>
        <translation>아직 모르는 이야기예요. 더 자세히 적어서 다시 물어보거나, 스크립트를 새로 만들거나, 돌아가세요.</translation>
    </message>
    <message>
        <source>Yes, tell that one</source>
        <translation>네, 그 이야기로 할게요</translation>
    </message>
    <message>
        <source>Tell the story suggested above (Enter)</source>
        <translation>위에서 제안한 이야기를 들려줍니다 (Enter)</translation>
    </message>
    <message>
        <source>Perhaps one of these from the library?</source>
        <translation>라이브러리의 이 이야기들은 어때요?</translation>
    </message>
    <message>
        <source>Tell “%1”</source>
        <translation>“%1” 들려주기</translation>
    </message>
    <message>
        <source>Story to hear</source>
        <translation>듣고 싶은 이야기</translation>
    </message>
    <message>
        <source>Checking the story</source>
        <translation>이야기 확인</translation>
    </message>
</context>
<context>
    <name>st::CliChat</name>
    <message>
        <source>storyteller-cli: the session could not be started.</source>
        <translation>storyteller-cli: 세션을 시작하지 못했어요.</translation>
    </message>
    <message>
        <source>What story would you like to hear? </source>
        <translation>어떤 이야기를 듣고 싶으세요? </translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — a name, a place or the event.</source>
        <translation>“%1” 이야기를 말씀하신 건가요? 이름, 장소, 사건 등을 조금 더 알려 주세요.</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Type another request with more detail (name and event), or &quot;exit&quot;. Writing a new script needs the app&apos;s Create page.</source>
        <translation>아직 모르는 이야기예요. 더 자세한 요청(이름과 사건)을 다시 입력하거나 “종료”를 입력하세요. 새 스크립트는 앱의 ‘만들기’ 페이지에서 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>storyteller-cli: the story cannot be told without answers from here.</source>
        <translation>storyteller-cli: 여기서부터는 대답 없이 이야기를 이어 갈 수 없어요.</translation>
    </message>
</context>
<context>
    <name>st::ClipDecoder</name>
    <message>
        <source>no sample rate was given</source>
        <translation>샘플링 레이트가 주어지지 않았어요</translation>
    </message>
    <message>
        <source>the decoder did not finish in %1 s</source>
        <translation>디코더가 %1초 안에 끝나지 않았어요</translation>
    </message>
    <message>
        <source>an unexpected sample format (%1)</source>
        <translation>예상하지 못한 샘플 형식(%1)</translation>
    </message>
</context>
<context>
    <name>st::CreatePage</name>
    <message>
        <source>Open a script</source>
        <translation>스크립트 열기</translation>
    </message>
    <message>
        <source>Scripts (*.json *.md *.txt);;All files (*)</source>
        <translation>스크립트 (*.json *.md *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; a script is much smaller. Choose the script file itself.</source>
        <translation>%1 파일이 5MB보다 커요. 스크립트는 이보다 훨씬 작아요. 스크립트 파일 자체를 골라 주세요.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 파일을 열지 못했어요: %2</translation>
    </message>
    <message>
        <source>Create a story script</source>
        <translation>이야기 스크립트 만들기</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>서재에 저장</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Back to the story request, without saving</source>
        <translation>저장하지 않고 이야기 요청 화면으로 돌아가요</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>페이지를 읽고 있어요…</translation>
    </message>
    <message>
        <source>Splitting the text into parts…</source>
        <translation>텍스트를 여러 부분으로 나누고 있어요…</translation>
    </message>
    <message>
        <source>Keeping what belongs to the story: part %1 of %2</source>
        <translation>이야기와 관련된 내용만 추리고 있어요: %2개 중 %1번째 부분</translation>
    </message>
    <message>
        <source>Writing the script…</source>
        <translation>스크립트를 쓰고 있어요…</translation>
    </message>
    <message>
        <source>Writing the script: section %1 of %2</source>
        <translation>스크립트를 쓰고 있어요: %2개 섹션 중 %1번째</translation>
    </message>
    <message>
        <source>Read “%1”: %2 characters</source>
        <translation>읽은 페이지: “%1” (%2자)</translation>
    </message>
    <message>
        <source>The script is ready: read it, correct it if needed, then save it.</source>
        <translation>스크립트가 완성됐어요. 읽어 보고 필요하면 고친 뒤 저장하세요.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>취소했어요. 아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>The library already has “%1”, written from this page. Tell that one, or write a new script?</source>
        <translation>서재에 이 페이지로 쓴 “%1” 이야기가 이미 있어요. 그 이야기를 들을까요, 아니면 스크립트를 새로 쓸까요?</translation>
    </message>
    <message>
        <source>Tell that one</source>
        <translation>그 이야기 듣기</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>새로 쓰기</translation>
    </message>
    <message>
        <source>Add the script to the library and go back to the story request</source>
        <translation>스크립트를 서재에 추가하고 이야기 요청 화면으로 돌아가요</translation>
    </message>
</context>
<context>
    <name>st::CreateProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop writing; nothing is saved</source>
        <translation>쓰기를 멈춰요. 아무것도 저장하지 않아요</translation>
    </message>
</context>
<context>
    <name>st::CreateSourcePanel</name>
    <message>
        <source>Writing a new script from a web page or your own text needs a language model, and none is configured. Set one up under Story ▸ Model provider…; until then you can add a ready-made script.</source>
        <translation>웹 페이지나 직접 쓴 글로 새 스크립트를 쓰려면 언어 모델이 필요한데, 설정된 모델이 없어요. 이야기 ▸ 모델 제공자…에서 설정해 주세요. 그전까지는 완성된 스크립트를 추가할 수 있어요.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
        <source>Ready-made script</source>
        <translation>완성된 스크립트</translation>
    </message>
    <message>
        <source>The address of a page that tells the story, such as an encyclopedia article or a news report. Only what the page says goes into the script.</source>
        <translation>이야기를 담은 페이지의 주소예요. 백과사전 항목이나 뉴스 기사 같은 페이지를 넣으세요. 스크립트에는 페이지에 적힌 내용만 들어가요.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Write script</source>
        <translation>스크립트 쓰기</translation>
    </message>
    <message>
        <source>Paste the text the story should be written from: an article, notes, a chapter of a book.</source>
        <translation>이야기의 바탕이 될 글을 붙여 넣으세요. 기사, 메모, 책의 한 장 등 무엇이든 좋아요.</translation>
    </message>
    <message>
        <source>Paste text here…</source>
        <translation>여기에 텍스트를 붙여 넣으세요…</translation>
    </message>
    <message>
        <source>Paste a script into the editor below, or open a file: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot;.</source>
        <translation>아래 편집기에 스크립트를 붙여 넣거나 파일을 여세요. Storyteller의 JSON이나, “# prologue 1 : …” 같은 제목이 있는 마크다운을 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>Import many at once: JSON files of ready scripts, or of documents [{&quot;title&quot;: …, &quot;content&quot;: …}] to write scripts from.</source>
        <translation>여러 개를 한 번에 가져와요. 완성된 스크립트의 JSON 파일이나, 스크립트를 쓸 바탕이 되는 문서 [{&quot;title&quot;: …, &quot;content&quot;: …}]의 JSON 파일을 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
</context>
<context>
    <name>st::DatabaseError</name>
    <message>
        <source>Storyteller could not create its data folder for %1. Choose a folder you can write to with --data-dir, then start Storyteller again.</source>
        <translation>Storyteller가 %1에 데이터 폴더를 만들지 못했어요. --data-dir로 쓰기 가능한 폴더를 지정한 뒤 Storyteller를 다시 시작해 주세요.</translation>
    </message>
    <message>
        <source>The story database %1 cannot be written to. Check the file&apos;s permissions, or start Storyteller with --data-dir pointing to a writable folder. The file was not changed.</source>
        <translation>이야기 데이터베이스(%1)에 쓸 수 없어요. 파일 권한을 확인하거나, --data-dir로 쓰기 가능한 폴더를 지정해서 Storyteller를 시작해 주세요. 파일은 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The story database %1 is damaged or is not a Storyteller database. It was left untouched: move it somewhere safe (or restore a backup) and start Storyteller again.</source>
        <translation>이야기 데이터베이스(%1)가 손상되었거나 Storyteller 데이터베이스가 아니에요. 파일은 건드리지 않았어요. 안전한 곳으로 옮기거나 백업을 복원한 뒤 Storyteller를 다시 시작해 주세요.</translation>
    </message>
    <message>
        <source>The story database %1 was written by a newer version of Storyteller. Install the newer version to open it; this version will not change it.</source>
        <translation>이야기 데이터베이스(%1)는 더 새로운 버전의 Storyteller로 만들어졌어요. 열려면 새 버전을 설치해 주세요. 이 버전에서는 파일을 바꾸지 않아요.</translation>
    </message>
    <message>
        <source>The story database %1 could not be upgraded, so it was left as it was. Make sure the disk is not full and try again.</source>
        <translation>이야기 데이터베이스(%1)를 업그레이드하지 못해서 원래 상태 그대로 두었어요. 디스크 공간이 남아 있는지 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>st::ExportAssembler</name>
    <message>
        <source>Cannot make a temporary folder for the export: %1.</source>
        <translation>내보내기용 임시 폴더를 만들 수 없어요: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없어요: %2.</translation>
    </message>
</context>
<context>
    <name>st::ExportedFiles</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없어요: %2.</translation>
    </message>
</context>
<context>
    <name>st::HealthReport</name>
    <message>
        <source>Connected to %1, but it has no model named “%2”. It offers: %3. Pick one of these.</source>
        <translation>%1에 연결했지만 “%2” 모델이 없어요. 제공하는 모델: %3. 이 중에서 하나를 골라 주세요.</translation>
    </message>
    <message>
        <source>Connected to %1. The model “%2” is ready (%3 model(s) on the server).</source>
        <translation>%1에 연결했어요. “%2” 모델을 쓸 수 있어요 (서버의 모델 %3개).</translation>
    </message>
</context>
<context>
    <name>st::ImportDialog</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2개 중 %1번째: %3</translation>
    </message>
    <message>
        <source>Imported: %1. Failed: %2.</source>
        <translation>가져옴: %1개. 실패: %2개.</translation>
    </message>
    <message>
        <source>Cancelled: %1 not imported.</source>
        <translation>취소했어요: %1개는 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>스크립트 가져오기</translation>
    </message>
    <message>
        <source>Importing 1 file into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>파일 1개를 서재로 가져오고 있어요. 문서는 모델이 하나씩 스크립트로 써요.</translation>
    </message>
    <message>
        <source>Importing %1 files into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>파일 %1개를 서재로 가져오고 있어요. 문서는 모델이 하나씩 스크립트로 써요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop: scripts already imported stay in the library</source>
        <translation>멈춰요. 이미 가져온 스크립트는 서재에 남아요</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>st::ImportFile</name>
    <message>
        <source>Item %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>This entry is not an object: expected a document such as {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} or a script.</source>
        <translation>이 항목은 객체가 아니에요. {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} 같은 문서나 스크립트여야 해요.</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>스크립트 %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the script is written in %2.</source>
        <translation>알 수 없는 언어(“%1”)예요. 스크립트는 %2 언어로 써요.</translation>
    </message>
    <message>
        <source>Ignored the source &quot;%1&quot;: not a web address.</source>
        <translation>웹 주소가 아닌 출처를 무시했어요: “%1”.</translation>
    </message>
    <message>
        <source>The document has no text: give it a &quot;content&quot; (or &quot;text&quot;, &quot;body&quot;) field.</source>
        <translation>문서에 본문이 없어요. &quot;content&quot;(또는 &quot;text&quot;, &quot;body&quot;) 필드를 넣어 주세요.</translation>
    </message>
    <message>
        <source>The document&apos;s &quot;%1&quot; is not text.</source>
        <translation>문서의 &quot;%1&quot; 값이 텍스트가 아니에요.</translation>
    </message>
    <message>
        <source>The document&apos;s text is empty.</source>
        <translation>문서의 본문이 비어 있어요.</translation>
    </message>
    <message>
        <source>Expected JSON: a list of documents such as [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], one such document, or Storyteller scripts (&quot;format&quot;: &quot;storyteller-script&quot;), alone, in a list or in {&quot;scripts&quot;: […]}.</source>
        <translation>JSON이어야 해요: [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}] 같은 문서 목록, 그런 문서 하나, 또는 Storyteller 스크립트(&quot;format&quot;: &quot;storyteller-script&quot;)를 하나만, 목록으로, 또는 {&quot;scripts&quot;: […]} 안에 넣은 것.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>파일을 읽을 수 없어요: %1.</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is %1 MB). Split it into smaller files.</source>
        <translation>파일이 너무 커서 가져올 수 없어요 (최대 %1MB). 더 작은 파일로 나눠 주세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있어요.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation>올바른 JSON 파일이 아니에요 (%1바이트 위치).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be documents or scripts.</source>
        <translation>파일의 중첩이 너무 깊어서 문서나 스크립트로 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>The file holds no documents or scripts.</source>
        <translation>파일에 문서나 스크립트가 없어요.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to import.</source>
        <translation>파일에 빈 목록만 있어서 가져올 것이 없어요.</translation>
    </message>
</context>
<context>
    <name>st::InputTranslator</name>
    <message>
        <source>The model returned no translation.</source>
        <translation>모델이 번역 결과를 돌려주지 않았어요.</translation>
    </message>
</context>
<context>
    <name>st::JsonInput</name>
    <message>
        <source>It is not valid JSON (at byte %1).</source>
        <translation>올바른 JSON이 아니에요 (%1번째 바이트).</translation>
    </message>
    <message>
        <source>It holds a number too large to read.</source>
        <translation>읽을 수 없을 만큼 큰 숫자가 들어 있어요.</translation>
    </message>
    <message>
        <source>It is nested more than %1 levels deep.</source>
        <translation>%1단계보다 깊게 중첩되어 있어요.</translation>
    </message>
</context>
<context>
    <name>st::LexicalEvaluator</name>
    <message>
        <source>The library is empty, so there is no story to pick. Add a script on the Create page.</source>
        <translation>서재가 비어 있어서 고를 이야기가 없어요. ‘만들기’ 페이지에서 스크립트를 추가해 주세요.</translation>
    </message>
    <message>
        <source>Type the story you would like to hear: a name, a place or an event, or &quot;anything&quot;.</source>
        <translation>듣고 싶은 이야기를 입력하세요. 사람 이름, 장소, 사건 또는 “아무거나”라고 적어도 돼요.</translation>
    </message>
    <message>
        <source>That request is %1 characters long; please keep it under %2, such as a name and an event.</source>
        <translation>요청이 %1자예요. 이름과 사건 정도로 %2자보다 짧게 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>st::LibraryItemDelegate</name>
    <message>
        <source>Not heard yet</source>
        <translation>아직 안 들음</translation>
    </message>
    <message>
        <source>Heard to the end</source>
        <translation>끝까지 들음</translation>
    </message>
    <message>
        <source>Heard %1 of %2</source>
        <translation>%1/%2장 들음</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>시작함</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>언어: %1</translation>
    </message>
</context>
<context>
    <name>st::LlmError</name>
    <message>
        <source>The model server refused the API key (HTTP %1). Check the key in Model provider settings, or that it is allowed to use this model.</source>
        <translation>모델 서버가 API 키를 거부했어요 (HTTP %1). 모델 제공자 설정에서 키를 확인하거나, 그 키로 이 모델을 쓸 수 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The server does not have the model that is set. Pick one from the server&apos;s list in Model provider settings (with Ollama: pull it first).</source>
        <translation>설정한 모델이 서버에 없어요. 모델 제공자 설정에서 서버 목록에 있는 모델을 골라 주세요 (Ollama라면 먼저 pull 하세요).</translation>
    </message>
    <message>
        <source>The server has no such address (HTTP 404). Check the base URL in Model provider settings — OpenAI-compatible servers usually end in /v1.</source>
        <translation>서버에 그런 주소가 없어요 (HTTP 404). 모델 제공자 설정에서 기본 URL을 확인해 주세요. OpenAI 호환 서버는 보통 /v1로 끝나요.</translation>
    </message>
    <message>
        <source>The model server is limiting requests and still refused after retrying. Wait a minute and press Retry.</source>
        <translation>모델 서버가 요청 수를 제한하고 있어서 다시 시도해도 거부됐어요. 1분쯤 기다린 뒤 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message>
        <source>Your account with the model provider has no quota left. Check your plan and billing with the provider, or choose another provider.</source>
        <translation>모델 제공자 계정의 사용량 한도가 남아 있지 않아요. 제공자에서 요금제와 결제 정보를 확인하거나 다른 제공자를 골라 주세요.</translation>
    </message>
    <message>
        <source>The request is longer than the model&apos;s context. Lower the context budget in Model provider settings, or use a model with a longer context.</source>
        <translation>요청이 모델의 컨텍스트보다 길어요. 모델 제공자 설정에서 컨텍스트 예산을 낮추거나 컨텍스트가 더 긴 모델을 쓰세요.</translation>
    </message>
    <message>
        <source>The model server rejected the request (HTTP %1). Check the model and settings in Model provider settings.</source>
        <translation>모델 서버가 요청을 거부했어요 (HTTP %1). 모델 제공자 설정에서 모델과 설정을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The model server had a problem (HTTP %1), also after retrying. Try again in a moment.</source>
        <translation>모델 서버에 문제가 생겼어요 (HTTP %1). 다시 시도했지만 마찬가지였어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the model server. Check that it is running and that the base URL is right.</source>
        <translation>Storyteller가 모델 서버에 연결하지 못했어요. 서버가 실행 중인지, 기본 URL이 맞는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The model server did not answer in time. Check that it is running and reachable, or raise the connect timeout in Model provider settings.</source>
        <translation>모델 서버가 제시간에 응답하지 않았어요. 서버가 실행 중이고 연결할 수 있는지 확인하거나, 모델 제공자 설정에서 연결 제한 시간을 늘려 주세요.</translation>
    </message>
    <message>
        <source>The model server stopped sending in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>모델 서버가 답변 도중에 전송을 멈췄어요. 받은 내용까지는 남아 있어요. ‘이어서’나 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message>
        <source>Stopped. What was written so far is kept.</source>
        <translation>멈췄어요. 지금까지 쓴 내용은 남아 있어요.</translation>
    </message>
    <message>
        <source>The reply was cut off or was not in the format the server promised. What arrived is kept: press Continue or Retry.</source>
        <translation>답변이 중간에 끊겼거나 서버가 약속한 형식이 아니었어요. 받은 내용까지는 남아 있어요. ‘이어서’나 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>모델 서버가 답변 도중에 오류를 알렸어요. 받은 내용까지는 남아 있어요. ‘이어서’나 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message>
        <source>No model is set up. Choose a provider, base URL and model in Model provider settings.</source>
        <translation>설정된 모델이 없어요. 모델 제공자 설정에서 제공자, 기본 URL, 모델을 골라 주세요.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>서버 응답: “%1”</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>The library is ready for search by meaning.</source>
        <translation>이제 서재에서 의미로 검색할 수 있어요.</translation>
    </message>
    <message>
        <source>Preparing the library for search by meaning: %1 of %2…</source>
        <translation>서재를 의미 검색용으로 준비하고 있어요: %2개 중 %1개…</translation>
    </message>
    <message>
        <source>About Storyteller</source>
        <translation>Storyteller 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;True stories, told as a conversation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;실제 이야기를 대화로 들려드려요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Storyteller</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>이야기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>새 세션(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Model provider…</source>
        <translation>모델 제공자(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Storyteller</source>
        <translation>Storyteller 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>스크립트 가져오기</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The voice settings were saved, but the API key could not be stored. Check that the data folder is writable, then enter the key again.</source>
        <translation>음성 설정은 저장했지만 API 키를 저장하지 못했습니다. 데이터 폴더에 쓸 수 있는지 확인한 뒤 키를 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Narration &amp;voice…</source>
        <translation>낭독 음성(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Search sessions…</source>
        <translation>세션 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>세션 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this session…</source>
        <translation>이 세션 내보내기(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>st::MecabTagger</name>
    <message>
        <source>The Japanese dictionary could not be opened (%1). Install the packages mecab-naist-jdic and libmecab2; until then the local voice reads Japanese kanji poorly.</source>
        <translation>일본어 사전을 열 수 없어요(%1). mecab-naist-jdic과 libmecab2 패키지를 설치하세요. 그전까지는 로컬 목소리가 일본어 한자를 잘 읽지 못해요.</translation>
    </message>
</context>
<context>
    <name>st::MessageDelegate</name>
    <message>
        <source>You wrote: %1</source>
        <translation>내가 쓴 글: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>You · translated</source>
        <translation>나 · 번역됨</translation>
    </message>
    <message>
        <source>Narrator · chapter %1</source>
        <translation>이야기꾼 · %1장</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>이야기꾼</translation>
    </message>
    <message>
        <source>telling…</source>
        <translation>들려주는 중…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>cut off by an error</source>
        <translation>오류로 끊김</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1토큰</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>낭독 중</translation>
    </message>
</context>
<context>
    <name>st::MessageListModel</name>
    <message>
        <source>You: %1</source>
        <translation>나: %1</translation>
    </message>
    <message>
        <source>Narrator, chapter %1: %2</source>
        <translation>이야기꾼, %1장: %2</translation>
    </message>
    <message>
        <source>Narrator: %1</source>
        <translation>이야기꾼: %1</translation>
    </message>
</context>
<context>
    <name>st::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation>메시지 복사</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>낭독 멈추기</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Continue from here in a new session</source>
        <translation>여기서부터 새 세션으로 이어 가기</translation>
    </message>
</context>
<context>
    <name>st::ModelEvaluator</name>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>서재에 그 요청과 맞는 이야기가 없어요.</translation>
    </message>
    <message>
        <source>Searching the library by meaning…</source>
        <translation>서재에서 의미로 찾고 있어요…</translation>
    </message>
    <message>
        <source>Asking the model whether “%1” is the one…</source>
        <translation>찾는 이야기가 “%1”인지 모델에게 물어보고 있어요…</translation>
    </message>
</context>
<context>
    <name>st::ModelNarrator</name>
    <message>
        <source>Welcome back to “%1”. Answer the last question to go on.</source>
        <translation>“%1”에 다시 오신 걸 환영해요. 마지막 질문에 대답하면 이야기가 이어져요.</translation>
    </message>
</context>
<context>
    <name>st::NarrationBar</name>
    <message>
        <source>Pause reading aloud</source>
        <translation>낭독 일시 정지</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>낭독 이어서 듣기</translation>
    </message>
    <message>
        <source>Read the last reply aloud</source>
        <translation>마지막 답변을 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>음성을 준비하는 중…</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>읽는 중: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>일시 정지: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>답변이 쓰이는 대로 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>낭독 멈추기</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>읽기 속도</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Voice…</source>
        <translation>음성…</translation>
    </message>
    <message>
        <source>Choose the voice that reads the story</source>
        <translation>이야기를 읽어 줄 음성을 고릅니다</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>오디오 내보내기…</translation>
    </message>
    <message>
        <source>Save this session as one audio file with its transcript</source>
        <translation>이 세션을 대본과 함께 하나의 오디오 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Go on listening</source>
        <translation>계속 듣기</translation>
    </message>
    <message>
        <source>Listen without answering</source>
        <translation>대답 없이 듣기</translation>
    </message>
    <message>
        <source>Tell the story through to the end like an audiobook; write anything to talk again (Ctrl+Shift+L)</source>
        <translation>오디오북처럼 이야기를 끝까지 들려줘요. 다시 대화하려면 아무거나 쓰세요 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Next chapter now (Ctrl+Shift+N)</source>
        <translation>지금 다음 장으로 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>다음 장</translation>
    </message>
</context>
<context>
    <name>st::NarrationController</name>
    <message>
        <source>The story goes on in text.</source>
        <translation>이야기는 글로 계속됩니다.</translation>
    </message>
</context>
<context>
    <name>st::PageFetcher</name>
    <message>
        <source>the connection closed before the whole page arrived</source>
        <translation>페이지를 다 받기 전에 연결이 끊겼어요</translation>
    </message>
</context>
<context>
    <name>st::PageReader</name>
    <message>
        <source>there is no such file</source>
        <translation>그런 파일이 없어요</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더예요</translation>
    </message>
</context>
<context>
    <name>st::ProviderDialog</name>
    <message>
        <source>Enter the server&apos;s base URL first.</source>
        <translation>먼저 서버의 기본 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>서버에 모델 목록을 요청하고 있어요…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>서버에서 모델 %n개를 제공해요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하고 있어요…</translation>
    </message>
    <message>
        <source>Choose a base URL and a model, or pick the offline narrator.</source>
        <translation>기본 URL과 모델을 고르거나, 오프라인 이야기꾼을 선택하세요.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>모델 제공자</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>제공자(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>기본 URL(&amp;B)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>임베딩 모델(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>온도(&amp;T)</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>최대 토큰(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Context budget</source>
        <translation>컨텍스트 예산(&amp;C)</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>연결 제한 시간</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>유휴 제한 시간</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 or https://api.openai.com/v1</source>
        <translation>예: http://localhost:11434 또는 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Only if the server needs one; kept in the system keychain</source>
        <translation>서버에서 필요할 때만 입력하세요. 시스템 키체인에 보관돼요</translation>
    </message>
    <message>
        <source>Optional, for finding stories by meaning</source>
        <translation>선택 사항이에요. 의미로 이야기를 찾을 때 써요</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>목록 새로 고침</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Set by environment variables (these win over the fields): %1</source>
        <translation>환경 변수로 설정됨 (입력란보다 우선해요): %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>st::ReplyVersionBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1</translation>
    </message>
    <message>
        <source>The earlier version of this reply</source>
        <translation>이 답변의 이전 버전</translation>
    </message>
    <message>
        <source>The later version of this reply</source>
        <translation>이 답변의 다음 버전</translation>
    </message>
</context>
<context>
    <name>st::ScoreParser</name>
    <message>
        <source>The model gave no answer to the relevance question.</source>
        <translation>모델이 관련도 질문에 답하지 않았어요.</translation>
    </message>
    <message>
        <source>The model&apos;s answer did not contain a clear relevance score: “%1”. Try again, or choose a model that follows instructions more closely.</source>
        <translation>모델의 답변에 분명한 관련도 점수가 없었어요: “%1”. 다시 시도하거나, 지시를 더 잘 따르는 모델을 골라 주세요.</translation>
    </message>
</context>
<context>
    <name>st::ScriptCreator</name>
    <message>
        <source>Writing a script needs a language model, and none is configured. Set one up under Story ▸ Model provider…, or paste a ready-made script instead.</source>
        <translation>스크립트를 쓰려면 언어 모델이 필요한데, 설정된 모델이 없어요. 이야기 ▸ 모델 제공자…에서 설정하거나, 대신 완성된 스크립트를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, or paste the story&apos;s text instead.</source>
        <translation>웹 페이지 주소(예: https://en.wikipedia.org/wiki/Mary_Celeste)를 입력하거나, 대신 이야기의 본문을 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>st::ScriptDraftPanel</name>
    <message>
        <source>“%1”: %2 of 14 sections to tell.</source>
        <translation>“%1”: 14개 섹션 중 %2개를 들려줄 수 있어요.</translation>
    </message>
    <message>
        <source>(N/A — skipped when telling)</source>
        <translation>(N/A — 이야기할 때 건너뜀)</translation>
    </message>
    <message>
        <source>The script appears here as it is written. You can also paste a ready-made script: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>스크립트는 쓰는 대로 여기에 나타나요. 완성된 스크립트를 붙여 넣을 수도 있어요. Storyteller의 JSON이나 “# prologue 1 : …”부터 “# epilogue”까지 같은 제목이 있는 마크다운을 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>스크립트</translation>
    </message>
</context>
<context>
    <name>st::ScriptExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없어요: %2.</translation>
    </message>
</context>
<context>
    <name>st::ScriptJson</name>
    <message>
        <source>This is not valid JSON (at byte %1). Check the file, or paste the script in its markdown form.</source>
        <translation>올바른 JSON이 아니에요 (%1바이트 위치). 파일을 확인하거나 스크립트를 마크다운 형식으로 붙여 넣어 주세요.</translation>
    </message>
    <message>
        <source>The JSON does not hold a script: expected an object with a title and sections.</source>
        <translation>JSON에 스크립트가 없어요. 제목(title)과 섹션(sections)이 있는 객체여야 해요.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;sections&quot;: a script needs its 14 sections (prologue 1 to epilogue).</source>
        <translation>JSON에 &quot;sections&quot;가 없어요. 스크립트에는 14개 섹션(프롤로그 1부터 에필로그까지)이 있어야 해요.</translation>
    </message>
    <message>
        <source>Skipped a section that is not an object.</source>
        <translation>객체가 아닌 섹션을 건너뛰었어요.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; using the session&apos;s language.</source>
        <translation>알 수 없는 언어(“%1”)예요. 세션 언어를 사용해요.</translation>
    </message>
    <message>
        <source>The script has no text in any section.</source>
        <translation>스크립트의 어느 섹션에도 내용이 없어요.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>비어 있거나 N/A인 섹션 (이야기할 때 건너뜀): %1.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>스크립트에 제목이 없어서 “제목 없는 이야기”를 사용해요.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>제목 없는 이야기</translation>
    </message>
    <message>
        <source>Skipped an unknown section &quot;%1&quot;.</source>
        <translation>알 수 없는 섹션을 건너뛰었어요: “%1”.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the first one was kept.</source>
        <translation>“%1” 섹션이 두 번 이상 나와요. 첫 번째 것만 남겼어요.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; has no text.</source>
        <translation>“%1” 섹션에 내용이 없어요.</translation>
    </message>
    <message>
        <source>This script cannot be read: %1</source>
        <translation>이 대본을 읽을 수 없어요: %1</translation>
    </message>
    <message>
        <source>&quot;sources&quot; is not a list; it was ignored.</source>
        <translation>&quot;sources&quot;가 목록이 아니어서 무시했어요.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n source(s) without a title and a web address, or beyond the first %1.</source>
        <translation>
            <numerusform>제목과 웹 주소가 없거나 처음 %1개를 넘은 출처 %n개를 건너뛰었어요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ScriptParser</name>
    <message>
        <source>The script is empty. Paste a script or choose a file.</source>
        <translation>스크립트가 비어 있어요. 스크립트를 붙여 넣거나 파일을 골라 주세요.</translation>
    </message>
    <message>
        <source>No story sections were found. A script has headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>이야기 섹션을 찾지 못했어요. 스크립트에는 “# 프롤로그 1 : …”부터 “# 에필로그”까지 같은 제목이 있어야 해요.</translation>
    </message>
    <message>
        <source>Lines of text ignored before the first section: %1.</source>
        <translation>첫 섹션 앞에서 무시한 줄 수: %1.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the parts were joined.</source>
        <translation>“%1” 섹션이 두 번 이상 나와서 내용을 합쳤어요.</translation>
    </message>
    <message>
        <source>Missing sections (skipped when telling): %1.</source>
        <translation>빠진 섹션 (이야기할 때 건너뜀): %1.</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>비어 있거나 N/A인 섹션 (이야기할 때 건너뜀): %1.</translation>
    </message>
    <message>
        <source>Every section of the script is empty or N/A, so there is nothing to tell.</source>
        <translation>스크립트의 모든 섹션이 비어 있거나 N/A여서 들려줄 내용이 없어요.</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>스크립트에 제목이 없어서 “제목 없는 이야기”를 사용해요.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>제목 없는 이야기</translation>
    </message>
</context>
<context>
    <name>st::ScriptPipeline</name>
    <message>
        <source>Nothing in the source was about the story. Try a page about the event itself, or paste the part of the text that tells it.</source>
        <translation>원문에서 이야기와 관련된 내용을 찾지 못했어요. 그 사건 자체를 다룬 페이지를 써 보거나, 본문에서 이야기를 담은 부분을 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>st::ScriptWriter</name>
    <message>
        <source>The source does not tell a story the writer could use. Try a page or text about one event, with its people, places and dates.</source>
        <translation>원문에 스크립트로 쓸 만한 이야기가 없어요. 사람, 장소, 날짜가 담긴 한 사건에 관한 페이지나 글을 써 보세요.</translation>
    </message>
    <message>
        <source>The source is empty, so there is nothing to write a story from. Paste the article&apos;s text, or try another page.</source>
        <translation>원문이 비어 있어서 이야기를 쓸 수 없어요. 기사 본문을 붙여 넣거나 다른 페이지를 써 보세요.</translation>
    </message>
</context>
<context>
    <name>st::SearchDialog</name>
    <message>
        <source>Type to search the names of your sessions and everything said in them, in any language.</source>
        <translation>세션 이름과 세션에서 나눈 모든 말을 어느 언어로든 입력해서 찾으세요.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1”에 대한 결과가 없어요.</translation>
    </message>
    <message>
        <source>The first %1 results; add a word to narrow them down.</source>
        <translation>처음 %1개 결과예요. 단어를 더 넣어 좁혀 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the session at the chosen one.</source>
        <translation>
            <numerusform>결과 %n개. Enter를 누르면 고른 곳에서 세션을 열어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>세션 검색</translation>
    </message>
    <message>
        <source>Search sessions and messages</source>
        <translation>세션과 메시지 검색</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>st::SearchResultDelegate</name>
    <message>
        <source>Title: </source>
        <translation>제목: </translation>
    </message>
    <message>
        <source>You: </source>
        <translation>나: </translation>
    </message>
    <message>
        <source>Narrator: </source>
        <translation>이야기꾼: </translation>
    </message>
</context>
<context>
    <name>st::SessionActions</name>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>그 세션을 찾을 수 없어요. 삭제되었을 수도 있어요.</translation>
    </message>
    <message>
        <source>The session could not be renamed (%1).</source>
        <translation>세션 이름을 바꾸지 못했어요(%1).</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>먼저 이야기를 끝내세요</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1).</source>
        <translation>기록을 지우지 못했어요(%1).</translation>
    </message>
    <message>
        <source>%1 (branch)</source>
        <translation>%1 (갈래)</translation>
    </message>
    <message>
        <source>A new session could not be made from this message (%1). The story is unchanged.</source>
        <translation>이 메시지에서 새 세션을 만들지 못했어요(%1). 이야기는 그대로예요.</translation>
    </message>
    <message>
        <source>Saved the transcript to %1.</source>
        <translation>대화록을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved the session to %1. Import it on any computer with Storyteller (Story ▸ Import session…).</source>
        <translation>세션을 %1에 저장했습니다. Storyteller가 있는 어느 컴퓨터에서든 가져올 수 있습니다(이야기 ▸ 세션 가져오기…).</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1을(를) 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1: “%2” was already here, so it came in as a copy.</source>
        <translation>%1: “%2”은(는) 이미 있어서 사본으로 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2”, %n message(s).</source>
        <translation>
            <numerusform>%1: “%2”, 메시지 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::SessionAudioExporter</name>
    <message>
        <source>The audio stored for %1 cannot be decoded as %2 (%3).</source>
        <translation>%1에 저장된 오디오를 %2 형식으로 디코딩할 수 없어요(%3).</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>id가 %1인 세션이 없어요.</translation>
    </message>
    <message>
        <source>The messages of “%1” could not be read: %2</source>
        <translation>“%1”의 메시지를 읽을 수 없어요: %2</translation>
    </message>
    <message>
        <source>“%1” has nothing to export: the narrator has not said anything in it yet.</source>
        <translation>“%1”에는 내보낼 것이 없어요. 이야기꾼이 아직 아무 말도 하지 않았어요.</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: that folder does not exist.</source>
        <translation>%1에 내보낼 수 없어요. 그 폴더가 없어요.</translation>
    </message>
    <message>
        <source>sentence %1 of the narrator&apos;s message %2 (“%3”)</source>
        <translation>이야기꾼의 %2번째 메시지 중 %1번째 문장(“%3”)</translation>
    </message>
    <message>
        <source>No voice is set up to speak %1, which was never narrated.</source>
        <translation>한 번도 낭독되지 않은 %1을(를) 읽을 음성이 설정되어 있지 않아요.</translation>
    </message>
    <message>
        <source>Could not speak %1: %2</source>
        <translation>%1을(를) 읽지 못했어요: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없어요: %2.</translation>
    </message>
    <message>
        <source>The audio of %1 changed during the export; export again.</source>
        <translation>내보내는 동안 %1의 오디오가 바뀌었어요. 다시 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is already there, beside the audio; it is not replaced without asking. Choose another name, or move that file away.</source>
        <translation>오디오 옆에 %1 파일이 이미 있어요. 묻지 않고 바꾸지는 않아요. 다른 이름을 고르거나 그 파일을 옮겨 주세요.</translation>
    </message>
</context>
<context>
    <name>st::SessionDocumentStore</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (가져옴)</translation>
    </message>
</context>
<context>
    <name>st::SessionExporter</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>id가 %1인 세션이 없어요.</translation>
    </message>
    <message>
        <source>The session could not be read from the database (%1).</source>
        <translation>데이터베이스에서 세션을 읽지 못했어요(%1).</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1에 쓰지 못했어요(%2). 아무것도 저장하지 않았어요.</translation>
    </message>
</context>
<context>
    <name>st::SessionImportError</name>
    <message>
        <source>This file</source>
        <translation>이 파일</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1을(를) 읽지 못했어요(%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a session file (%2 MB; at most %3 MB).</source>
        <translation>%1은(는) 세션 파일이라기엔 너무 커요(%2MB, 최대 %3MB).</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2). Choose a session file exported by Storyteller.</source>
        <translation>%1은(는) JSON 파일이 아니에요(%2). Storyteller에서 내보낸 세션 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 holds stories for the library, not a session. Import it into the library instead.</source>
        <translation>%1에는 세션이 아니라 서재용 이야기가 들어 있어요. 서재로 가져오세요.</translation>
    </message>
    <message>
        <source>%1 is not a Storyteller session file. Choose a file made by exporting a session as JSON.</source>
        <translation>%1은(는) Storyteller 세션 파일이 아니에요. 세션을 JSON으로 내보낸 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Storyteller (session format %2; this version reads format %3). Update Storyteller to import it.</source>
        <translation>%1은(는) 더 새로운 Storyteller에서 만들어졌어요(세션 형식 %2, 이 버전은 형식 %3까지 읽어요). 가져오려면 Storyteller를 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 is not a complete session file: “%2” is missing. Nothing was imported.</source>
        <translation>%1은(는) 완전한 세션 파일이 아니에요. “%2”이(가) 없어요. 아무것도 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: “%2” should be %3. Nothing was imported.</source>
        <translation>%1은(는) 올바른 세션 파일이 아니에요. “%2”은(는) %3이어야 해요. 아무것도 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>The session in %1 could not be saved in the database (%2). Nothing was imported.</source>
        <translation>%1의 세션을 데이터베이스에 저장하지 못했어요(%2). 아무것도 가져오지 않았어요.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더예요</translation>
    </message>
</context>
<context>
    <name>st::SessionItemDelegate</name>
    <message>
        <source>No story chosen yet</source>
        <translation>아직 고른 이야기가 없어요</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>ch. %1</source>
        <translation>%1장</translation>
    </message>
</context>
<context>
    <name>st::SessionJsonReader</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>텍스트 또는 null</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>최대 %1자의 텍스트</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1부터 %2까지의 정수</translation>
    </message>
    <message>
        <source>null or a whole number from %1 to %2</source>
        <translation>null 또는 %1부터 %2까지의 정수</translation>
    </message>
    <message>
        <source>a date and time in UTC such as 2024-05-01T19:02:03.120Z</source>
        <translation>2024-05-01T19:02:03.120Z 같은 UTC 날짜와 시간</translation>
    </message>
    <message>
        <source>a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e</source>
        <translation>0f8fad5b-d9cb-469f-a165-70867728950e 같은 UUID</translation>
    </message>
    <message>
        <source>null or a UUID</source>
        <translation>null 또는 UUID</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>다음 중 하나: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>null or an object with a title and a body</source>
        <translation>null 또는 title과 body가 있는 객체</translation>
    </message>
    <message>
        <source>the story&apos;s script: an object with its sections</source>
        <translation>이야기의 스크립트: 섹션이 있는 객체</translation>
    </message>
    <message>
        <source>a language code such as en, ko, ja or es</source>
        <translation>en, ko, ja, es 같은 언어 코드</translation>
    </message>
    <message>
        <source>the name of a model service, or null</source>
        <translation>모델 서비스 이름 또는 null</translation>
    </message>
    <message>
        <source>a number greater than the previous message&apos;s (%1)</source>
        <translation>이전 메시지의 값(%1)보다 큰 수</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>객체 목록</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>%1바이트 위치</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>메시지 목록</translation>
    </message>
    <message>
        <source>a list of at most %1 messages</source>
        <translation>최대 %1개의 메시지 목록</translation>
    </message>
</context>
<context>
    <name>st::SessionPage</name>
    <message>
        <source>Continue the story</source>
        <translation>이야기 이어서 듣기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>세션 설정으로 돌아가요</translation>
    </message>
    <message>
        <source>“%1” · told in %2 · chapters told: %3 · last used %4</source>
        <translation>“%1” · 언어: %2 · 들려준 장: %3 · 마지막 사용: %4</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>st::SessionTranscript</name>
    <message>
        <source>Untitled session</source>
        <translation>제목 없는 세션</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>이야기:</translation>
    </message>
    <message>
        <source>(no story chosen)</source>
        <translation>(고른 이야기 없음)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>Last told:</source>
        <translation>마지막으로 들은 때:</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>도입</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1장</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>이야기꾼:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>나:</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(원문: %1)</translation>
    </message>
    <message>
        <source>(cut off here)</source>
        <translation>(여기서 끊김)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>st::SessionTransfer</name>
    <message>
        <source>Storyteller session, complete (*.json)</source>
        <translation>Storyteller 세션, 전체 (*.json)</translation>
    </message>
    <message>
        <source>Markdown transcript (*.md)</source>
        <translation>Markdown 대화록 (*.md)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>세션 내보내기</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>세션 가져오기</translation>
    </message>
    <message>
        <source>Storyteller session (*.json);;All files (*)</source>
        <translation>Storyteller 세션 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>st::SessionTrash</name>
    <message>
        <source>The session could not be deleted (%1). It is back in the list; try again.</source>
        <translation>세션을 삭제하지 못했어요(%1). 목록에 다시 넣었으니 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>st::SettingsPage</name>
    <message>
        <source>A new story session</source>
        <translation>새 이야기 세션</translation>
    </message>
    <message>
        <source>Session &amp;name</source>
        <translation>세션 이름(&amp;N)</translation>
    </message>
    <message>
        <source>Story &amp;language</source>
        <translation>이야기 언어(&amp;L)</translation>
    </message>
    <message>
        <source>The narrator tells the story in this language.</source>
        <translation>이야기꾼이 이 언어로 이야기를 들려줘요.</translation>
    </message>
    <message>
        <source>Narration &amp;pace</source>
        <translation>이야기 속도(&amp;P)</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>느긋하게</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>How fast the narrator&apos;s words appear</source>
        <translation>이야기꾼의 글이 나타나는 속도예요</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Narrator: the model “%1” at %2.</source>
        <translation>이야기꾼: %2의 “%1” 모델.</translation>
    </message>
    <message>
        <source>Narrator: offline. No language model is configured, so stories come from the built-in library and are told by the offline narrator.</source>
        <translation>이야기꾼: 오프라인. 설정된 언어 모델이 없어서 내장 서재의 이야기를 오프라인 이야기꾼이 들려줘요.</translation>
    </message>
    <message>
        <source>Model provider…</source>
        <translation>모델 제공자…</translation>
    </message>
    <message>
        <source>Translate my answers into the story language (with a model)</source>
        <translation>내 대답을 이야기 언어로 번역하기 (모델 사용)</translation>
    </message>
    <message>
        <source>If you write in another language, the model translates your answer first; both are kept and shown.</source>
        <translation>다른 언어로 쓰면 모델이 먼저 대답을 번역해요. 원문과 번역 모두 저장되고 화면에 보여요.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>화면 언어(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the language the story is told in, and name this session if you like (otherwise it is named after its story). You can come back to it later from the sidebar.</source>
        <translation>이야기를 들려줄 언어를 고르고, 원하면 세션 이름을 정하세요(정하지 않으면 이야기 제목을 따라요). 나중에 사이드바에서 다시 이어 들을 수 있어요.</translation>
    </message>
    <message>
        <source>Optional, e.g. Evening stories</source>
        <translation>선택 사항, 예: 저녁 이야기</translation>
    </message>
</context>
<context>
    <name>st::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>서재</translation>
    </message>
    <message>
        <source>Show or hide the stories in the library</source>
        <translation>서재의 이야기를 보이거나 숨겨요</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>No sessions yet. Start one on the right.</source>
        <translation>아직 세션이 없어요. 오른쪽에서 새로 시작해 보세요.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>세션 삭제</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>기록 지우기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>먼저 이야기를 끝내세요</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>세션 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <source>Clear every message of “%1”? Its name, language and story stay; the story starts again from its beginning. This cannot be undone.</source>
        <translation>“%1”의 모든 메시지를 지울까요? 이름, 언어, 이야기는 그대로 두고 이야기를 처음부터 다시 시작해요. 되돌릴 수 없어요.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its messages and audio? You can undo this for a few seconds.</source>
        <translation>“%1”을(를) 모든 메시지와 오디오와 함께 삭제할까요? 몇 초 동안은 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1”을(를) 삭제했어요.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Filter stories</source>
        <translation>이야기 찾기</translation>
    </message>
    <message>
        <source>Start a session, then click a story to hear it</source>
        <translation>세션을 시작한 뒤 이야기를 누르면 들려드려요</translation>
    </message>
    <message>
        <source>Stories in the library</source>
        <translation>서재의 이야기</translation>
    </message>
    <message>
        <source>Click a session (or press Enter) to continue it; right-click (or the Menu key) to rename, clear or delete it</source>
        <translation>세션을 클릭하거나 Enter를 누르면 이어서 들어요. 오른쪽 클릭(또는 메뉴 키)으로 이름 바꾸기, 기록 지우기, 삭제를 할 수 있어요</translation>
    </message>
</context>
<context>
    <name>st::SpeechFile</name>
    <message>
        <source>Sentence %1 could not be decoded: %2</source>
        <translation>%1번째 문장을 디코딩할 수 없어요: %2</translation>
    </message>
    <message>
        <source>There is nothing to say in this text.</source>
        <translation>이 글에는 읽을 내용이 없어요.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1을(를) 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>Sentence %1 could not be spoken: %2</source>
        <translation>%1번째 문장을 읽을 수 없어요: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없어요.</translation>
    </message>
</context>
<context>
    <name>st::StoryCheck</name>
    <message>
        <source>Reading your request…</source>
        <translation>요청을 읽고 있어요…</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>서재에서 찾고 있어요…</translation>
    </message>
    <message>
        <source>Picked a story at random: “%1”.</source>
        <translation>이야기를 무작위로 골랐어요: “%1”.</translation>
    </message>
    <message>
        <source>Best match: “%1” (relevance %2 of 100).</source>
        <translation>가장 잘 맞는 이야기: “%1” (관련도 100점 중 %2점).</translation>
    </message>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>서재에 그 요청과 맞는 이야기가 없어요.</translation>
    </message>
    <message>
        <source>Chosen from the library: “%1”.</source>
        <translation>라이브러리에서 골랐어요: “%1”.</translation>
    </message>
</context>
<context>
    <name>st::StoryTelling</name>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>서재에서 “%1” 이야기를 읽지 못했어요. 다른 이야기를 골라 보세요.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1).</source>
        <translation>세션을 저장하지 못했어요 (%1).</translation>
    </message>
    <message>
        <source>The story saved with this session could not be read (%1).</source>
        <translation>이 세션에 저장된 이야기를 읽지 못했어요 (%1).</translation>
    </message>
</context>
<context>
    <name>st::TtsError</name>
    <message>
        <source>The voice service said: “%1”</source>
        <translation>음성 서비스의 응답: “%1”</translation>
    </message>
    <message>
        <source>The local voice needs espeak-ng, which is not installed. Install the espeak-ng package, or choose a cloud voice in the narration settings.</source>
        <translation>로컬 음성에는 espeak-ng가 필요한데 설치되어 있지 않아요. espeak-ng 패키지를 설치하거나, 낭독 설정에서 클라우드 음성을 골라 주세요.</translation>
    </message>
    <message>
        <source>The local voice (espeak-ng) failed to speak this sentence. Try another voice or language in the narration settings, or reinstall espeak-ng.</source>
        <translation>로컬 음성(espeak-ng)이 이 문장을 읽지 못했어요. 낭독 설정에서 다른 음성이나 언어를 고르거나, espeak-ng를 다시 설치해 주세요.</translation>
    </message>
    <message>
        <source>The voice service refused the API key (HTTP %1). Check the key in the narration settings; until then the local voice reads the story.</source>
        <translation>음성 서비스가 API 키를 거부했어요(HTTP %1). 낭독 설정에서 키를 확인해 주세요. 그동안은 로컬 음성이 이야기를 읽어요.</translation>
    </message>
    <message>
        <source>Your account with the voice service has no credits left. Check your plan with the provider; until then the local voice reads the story.</source>
        <translation>음성 서비스 계정에 남은 크레딧이 없어요. 제공자에서 요금제를 확인해 주세요. 그동안은 로컬 음성이 이야기를 읽어요.</translation>
    </message>
    <message>
        <source>The voice service is limiting requests. Wait a moment and press Play again, or switch to the local voice.</source>
        <translation>음성 서비스가 요청을 제한하고 있어요. 잠시 기다렸다가 다시 재생을 누르거나, 로컬 음성으로 바꿔 주세요.</translation>
    </message>
    <message>
        <source>The voice service had a problem (HTTP %1). Try again in a moment, or switch to the local voice.</source>
        <translation>음성 서비스에 문제가 생겼어요(HTTP %1). 잠시 후 다시 시도하거나, 로컬 음성으로 바꿔 주세요.</translation>
    </message>
    <message>
        <source>The voice service rejected the request (HTTP %1). Check the voice and model in the narration settings, or switch to the local voice.</source>
        <translation>음성 서비스가 요청을 거부했어요(HTTP %1). 낭독 설정에서 음성과 모델을 확인하거나, 로컬 음성으로 바꿔 주세요.</translation>
    </message>
    <message>
        <source>Storyteller could not reach the voice service. Check the internet connection and the address in the narration settings; the local voice works offline.</source>
        <translation>Storyteller가 음성 서비스에 연결하지 못했어요. 인터넷 연결과 낭독 설정의 주소를 확인해 주세요. 로컬 음성은 오프라인에서도 작동해요.</translation>
    </message>
    <message>
        <source>The voice service did not answer in time. Try again, or switch to the local voice.</source>
        <translation>음성 서비스가 제때 응답하지 않았어요. 다시 시도하거나, 로컬 음성으로 바꿔 주세요.</translation>
    </message>
    <message>
        <source>The voice service answered with something that is not audio. Check the address and the audio format in the narration settings, or switch to the local voice.</source>
        <translation>음성 서비스가 오디오가 아닌 응답을 보냈어요. 낭독 설정에서 주소와 오디오 형식을 확인하거나, 로컬 음성으로 바꿔 주세요.</translation>
    </message>
    <message>
        <source>This passage is longer than the voice can read in one request. It needs to be split into shorter sentences, or read with another voice.</source>
        <translation>이 부분은 음성이 한 번에 읽기에는 너무 길어요. 더 짧은 문장으로 나누거나 다른 음성으로 읽어야 해요.</translation>
    </message>
    <message>
        <source>Reading aloud was stopped.</source>
        <translation>낭독을 멈췄어요.</translation>
    </message>
    <message>
        <source>No sound output was found, so the story is not read aloud. Connect speakers or headphones (or start the sound server) and press Play.</source>
        <translation>소리를 낼 출력 장치를 찾지 못해 이야기를 소리 내어 읽지 않습니다. 스피커나 헤드폰을 연결하거나 사운드 서버를 시작한 뒤 재생을 누르세요.</translation>
    </message>
    <message>
        <source>The sound could not be played, so reading aloud has stopped. Check the sound output and press Play to try again.</source>
        <translation>소리를 재생하지 못해 낭독을 멈췄습니다. 소리 출력을 확인하고 재생을 눌러 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>st::VoiceDialog</name>
    <message>
        <source>Narration voice</source>
        <translation>낭독 음성</translation>
    </message>
    <message>
        <source>Local voice (espeak-ng, offline)</source>
        <translation>로컬 음성 (espeak-ng, 오프라인)</translation>
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
        <translation>음성 서비스(&amp;V):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;How to speak:</source>
        <translation>말투(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Stability:</source>
        <translation>안정성(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;imilarity:</source>
        <translation>유사도(&amp;I):</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>스타일(&amp;Y):</translation>
    </message>
    <message>
        <source>Speaker boost</source>
        <translation>화자 강조</translation>
    </message>
    <message>
        <source>Voice for %1:</source>
        <translation>%1 음성:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>속도(&amp;P):</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>답변이 쓰이는 대로 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Empty: the key of your OpenAI model provider</source>
        <translation>비워 두면 OpenAI 모델 제공자의 키를 씁니다</translation>
    </message>
    <message>
        <source>Paste the key from your account page</source>
        <translation>계정 페이지에서 복사한 키를 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Sentences are sent to the service as they are written. If it fails, the local voice reads on. The key is kept in the system keychain (or a private file), never in the settings.</source>
        <translation>문장은 쓰이는 대로 서비스로 보내집니다. 서비스가 실패하면 로컬 음성이 이어서 읽습니다. 키는 설정이 아니라 시스템 키체인(또는 비공개 파일)에 보관됩니다.</translation>
    </message>
    <message>
        <source>That is how it sounds.</source>
        <translation>이런 목소리로 읽어 드립니다.</translation>
    </message>
    <message>
        <source>Speaking a sample…</source>
        <translation>예시 문장을 읽는 중…</translation>
    </message>
    <message>
        <source>&amp;Try this voice</source>
        <translation>이 음성 들어 보기(&amp;T)</translation>
    </message>
    <message>
        <source>Speak a sample sentence in the story language with these settings</source>
        <translation>이 설정으로 이야기 언어의 예시 문장을 읽어 봅니다</translation>
    </message>
    <message>
        <source>The local voice works offline and costs nothing. It sounds robotic; Japanese goes through a dictionary first, so kanji, numbers and dates are read as words. Leave a voice empty for the default shown in grey.</source>
        <translation>로컬 목소리는 오프라인에서 무료로 작동해요. 기계적으로 들리지만, 일본어는 먼저 사전을 거쳐서 한자와 숫자, 날짜를 단어로 읽어요. 목소리를 비워 두면 회색으로 보이는 기본값을 써요.</translation>
    </message>
</context>
<context>
    <name>st::WebError</name>
    <message>
        <source>There is no web address to open. Type or paste one, like https://example.com/page.</source>
        <translation>열 웹 주소가 없어요. https://example.com/page 같은 주소를 입력하거나 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Check it — it should look like https://example.com/page — or paste the text instead.</source>
        <translation>웹 주소가 아니에요: “%1”. https://example.com/page 같은 형식인지 확인하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>This is a file on your computer, not a web address. Open it as a file instead.</source>
        <translation>웹 주소가 아니라 내 컴퓨터에 있는 파일이에요. 대신 파일로 여세요.</translation>
    </message>
    <message>
        <source>Storyteller opens only http:// and https:// addresses, not “%1:”. Save the page as a file and open that, or paste its text instead.</source>
        <translation>Storyteller는 http://와 https:// 주소만 열 수 있고, “%1:” 주소는 열 수 없어요. 페이지를 파일로 저장해서 열거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site sent Storyteller on from address to address more than %1 times. Open the page in a browser and copy its final address, or paste the text instead.</source>
        <translation>사이트가 Storyteller를 다른 주소로 %1번 넘게 보냈어요. 브라우저에서 페이지를 열어 최종 주소를 복사하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The secure page redirected to an insecure http:// address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>보안 페이지가 안전하지 않은 http:// 주소로 리디렉션됐어요. Storyteller는 이런 리디렉션을 따라가지 않아요. 브라우저에서 페이지를 열고 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site redirected to a “%1:” address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>사이트가 “%1:” 주소로 리디렉션했는데, Storyteller는 이런 리디렉션을 따라가지 않아요. 브라우저에서 페이지를 열고 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The page is larger than %1, more than Storyteller reads. Copy the part you need and paste it instead.</source>
        <translation>페이지가 %1보다 커서 Storyteller가 읽을 수 있는 크기를 넘어요. 필요한 부분만 복사해서 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site stopped sending the page before it was complete. Try again later, or paste the text instead.</source>
        <translation>사이트가 페이지를 끝까지 보내지 않고 멈췄어요. 나중에 다시 시도하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site did not answer in time. Check your internet connection and the address, then try again.</source>
        <translation>사이트가 제시간에 응답하지 않았어요. 인터넷 연결과 주소를 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The file “%1” has no text to read. Choose another file, or paste the text instead.</source>
        <translation>“%1” 파일에 읽을 텍스트가 없어요. 다른 파일을 고르거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The page has no text to read. Check the address, or paste the text instead.</source>
        <translation>페이지에 읽을 텍스트가 없어요. 주소를 확인하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>This page needs JavaScript to show its text. Copy the article text and paste it instead.</source>
        <translation>이 페이지는 JavaScript가 있어야 본문이 보여요. 기사 본문을 복사해서 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>멈췄어요. 아무것도 읽지 않았어요.</translation>
    </message>
    <message>
        <source>Storyteller could not read the file “%1” (%2). Check that it exists and that you may open it.</source>
        <translation>Storyteller가 “%1” 파일을 읽지 못했어요 (%2). 파일이 있는지, 열 수 있는 권한이 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The site says there is no such page (HTTP %1). Check the address.</source>
        <translation>사이트에서 그런 페이지가 없다고 해요 (HTTP %1). 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The site refused access to the page (HTTP %1): it may need a login or keep out automatic readers. Open it in a browser and paste the article text instead.</source>
        <translation>사이트가 페이지 접근을 거부했어요 (HTTP %1). 로그인이 필요하거나 자동으로 읽는 프로그램을 막는 사이트일 수 있어요. 브라우저에서 열고 기사 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site is receiving too many requests (HTTP 429). Wait a few minutes and try again, or paste the text instead.</source>
        <translation>사이트에 요청이 너무 많이 몰리고 있어요 (HTTP 429). 몇 분 기다렸다가 다시 시도하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site had a problem (server error, HTTP %1). Try again later, or paste the text instead.</source>
        <translation>사이트에 문제가 생겼어요 (서버 오류, HTTP %1). 나중에 다시 시도하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The site answered with a redirect Storyteller cannot follow (HTTP %1). Open the page in a browser and copy its final address.</source>
        <translation>사이트가 Storyteller가 따라갈 수 없는 리디렉션으로 응답했어요 (HTTP %1). 브라우저에서 페이지를 열어 최종 주소를 복사하세요.</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP %1). Check the address, or paste the text instead.</source>
        <translation>사이트가 요청을 거부했어요 (HTTP %1). 주소를 확인하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>This address is a PDF document, not a web page. Open it in a PDF reader, copy the text and paste it instead.</source>
        <translation>이 주소는 웹 페이지가 아니라 PDF 문서예요. PDF 뷰어에서 열어 텍스트를 복사한 뒤 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>This address is a picture (%1), not a page with text. Check the address.</source>
        <translation>이 주소는 텍스트가 있는 페이지가 아니라 이미지예요 (%1). 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This address is a recording (%1), not a page with text. Check the address.</source>
        <translation>이 주소는 텍스트가 있는 페이지가 아니라 오디오나 동영상이에요 (%1). 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This address did not send a web page. Check the address, or paste the text instead.</source>
        <translation>이 주소에서 웹 페이지를 받지 못했어요. 주소를 확인하거나, 대신 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>This address is not a web page but “%1”. Storyteller reads web pages and plain text: open the document elsewhere and paste its text instead.</source>
        <translation>이 주소는 웹 페이지가 아니에요 (“%1”). Storyteller는 웹 페이지와 일반 텍스트만 읽을 수 있어요. 다른 프로그램에서 문서를 열고 텍스트를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Storyteller could not find the site “%1”. Check the address and your internet connection.</source>
        <translation>Storyteller가 “%1” 사이트를 찾지 못했어요. 주소와 인터넷 연결을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The site “%1” refused the connection. Check the address, or try again later.</source>
        <translation>“%1” 사이트가 연결을 거부했어요. 주소를 확인하거나 나중에 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>No secure connection to “%1” could be made (%2). Check the address, or open the page in a browser and paste its text instead.</source>
        <translation>“%1”에 보안 연결을 만들지 못했어요 (%2). 주소를 확인하거나, 브라우저에서 페이지를 열고 본문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Storyteller could not load the page (%1). Check your internet connection and try again.</source>
        <translation>Storyteller가 페이지를 불러오지 못했어요 (%1). 인터넷 연결을 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The site sent the page too slowly to finish in time. Try again later, or paste the text instead.</source>
        <translation>사이트가 페이지를 너무 느리게 보내서 제시간에 다 받지 못했어요. 나중에 다시 시도하거나 대신 본문을 붙여 넣어 주세요.</translation>
    </message>
</context>
</TS>
