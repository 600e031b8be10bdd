<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>cli</name>
    <message>
        <source>Use the database and settings in &lt;dir&gt;.</source>
        <translation>&lt;dir&gt; にあるデータベースと設定を使います。</translation>
    </message>
    <message>
        <source>chat: the session name.</source>
        <translation>chat: セッション名。</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>実行する操作（上記を参照）。</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>ターミナル %1</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown language %1; use en, ko, ja or es.</source>
        <translation>storyteller-cli: 不明な言語 %1 です。en、ko、ja、es のいずれかを指定してください。</translation>
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
            <numerusform>%n 件の台本をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 failed.</source>
        <translation>%2 件中 %1 件をインポートしました。%3 件は失敗しました。</translation>
    </message>
    <message>
        <source>storyteller-cli: script %1 cannot be read; left out.</source>
        <translation>storyteller-cli: 台本 %1 を読み込めないため、除外しました。</translation>
    </message>
    <message>
        <source>storyteller-cli: no script with id %1; see &apos;storyteller-cli library list&apos;.</source>
        <translation>storyteller-cli: ID %1 の台本はありません。&apos;storyteller-cli library list&apos; で確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s) to %1.</source>
        <translation>
            <numerusform>%n 件の台本を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>storyteller-cli: %1 sessions are named “%2”; exporting the most recent one (id %3).</source>
        <translation>storyteller-cli: “%2” という名前のセッションが %1 個あります。最新のもの（id %3）を書き出します。</translation>
    </message>
    <message>
        <source>storyteller-cli: no session with the id or name “%1”; see &apos;storyteller-cli sessions list&apos;.</source>
        <translation>storyteller-cli: id または名前が “%1” のセッションはありません。&apos;storyteller-cli sessions list&apos; を見てください。</translation>
    </message>
    <message>
        <source>storyteller-cli: %1 espeak-ng speaks the rest.</source>
        <translation>storyteller-cli: %1 残りは espeak-ng が読み上げます。</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown format %1; use json or md.</source>
        <translation>storyteller-cli: 不明な形式です: %1。json か md を使ってください。</translation>
    </message>
    <message>
        <source>storyteller-cli: %1: that session was already here; imported as a new session, “%2”.</source>
        <translation>storyteller-cli: %1: そのセッションは既にあるため、新しいセッション “%2” としてインポートしました。</translation>
    </message>
    <message>
        <source>storyteller-cli: unknown audio format %1; use wav, mp3 or opus.</source>
        <translation>storyteller-cli: 不明な音声形式 %1。wav、mp3、opus のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>storyteller-cli: there is nothing to say in this text.</source>
        <translation>storyteller-cli: このテキストには読み上げる内容がありません。</translation>
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
        <translation>コマンドラインで使う Storyteller です。

コマンド:
  library list          ライブラリの台本（id、言語、タイトル）
  library export [ID...] Storyteller の JSON 形式の台本。ID を省くとすべて
                        （--language xx: xx の台本のみ、--output FILE）
  library import FILE... 文書 [{&quot;title&quot;: ..., &quot;content&quot;: ...}]（モデルが --language の
                        言語で台本にします）と Storyteller の台本
  sessions list         保存したセッション（id、名前、ストーリー、メッセージ数）
  session export-audio SESSION  セッション（id または名前）の朗読を章付きの一つの
                        音声ファイルに、書き起こしを Markdown に（--format wav: 既定、
                        .cue 付き。mp3: lame が必要。opus: opus-tools が必要。--output PATH:
                        PATH.wav（.mp3、.opus）と PATH.md、既定: このフォルダーにセッション名で）
  session export SESSION  セッション（id または名前）をファイルに: JSON は完全版
                        （--format json、既定）、Markdown は読みやすい書き起こし
                        （--format md）。--output: ファイルかフォルダー（既定: ここ）
  session import FILE...  JSON で書き出したセッションファイルをそれぞれ新しいセッションとして
                        （既にあるものはコピー「（インポート）」）
  models                設定したサーバーで使えるモデル
  check                 モデルサーバーへの接続をテスト
  chat                  stdin/stdout でストーリーを語ります。最初の行がリクエスト、
                        以降の各行があなたの返答です。exit で終了（--listen: 返答
                        なしで最後まで語ります）
  extract URL|FILE      ウェブページまたはファイルのタイトル（1 行目）と本文
  say TEXT...           設定した声で TEXT を読み上げます（&quot;-&quot;: stdin）（--language xx、
                        --output FILE.wav: ファイルに、--show: 音声エンジンに渡す文字列を
                        1 行に 1 文ずつ表示）

終了コード: 0 成功、1 見つからない、2 データフォルダーを使えない、3 モデルプロバイダーが未設定、4 サーバーに接続できない、5 キーまたは利用枠が拒否された、6 そのモデルがない、7 その他のサーバーエラー、8 一部の項目をインポートできなかった（library import、session import）、9 書き出しに失敗（session export、export-audio）、64 使い方の誤り。extract: 1 ページまたはファイルがない、4 サイトに接続できない、5 アクセスが拒否された、7 読み取れるテキストがない。</translation>
    </message>
    <message>
        <source>chat, library import and export, say: the story language (en, ko, ja, es).</source>
        <translation>chat、library import、library export、say: ストーリーの言語（en、ko、ja、es）。</translation>
    </message>
    <message>
        <source>library export: write to &lt;file&gt;, not stdout. session export: write &lt;file&gt; (or into that folder). session export-audio: write &lt;file&gt;.wav (.mp3, .opus; a WAV with &lt;file&gt;.cue) and &lt;file&gt;.md. say: write &lt;file&gt;.wav.</source>
        <translation>library export: stdout ではなく &lt;file&gt; に書き出します。session export: &lt;file&gt; に（またはそのフォルダーに）書き出します。session export-audio: &lt;file&gt;.wav（.mp3、.opus。WAV には &lt;file&gt;.cue が付きます）と &lt;file&gt;.md を書き出します。say: &lt;file&gt;.wav を書き出します。</translation>
    </message>
    <message>
        <source>session export: json (complete, the default) or md (a readable transcript). session export-audio: wav (the default), mp3 or opus.</source>
        <translation>session export: json（完全版、既定）または md（読みやすい書き起こし）。session export-audio: wav（既定）、mp3 または opus。</translation>
    </message>
    <message>
        <source>say: print what the voice engine is given, not the sound.</source>
        <translation>say: 音の代わりに、音声エンジンに渡す文字列を表示します。</translation>
    </message>
    <message>
        <source>chat: listen without answering: the story is told through to the end, like an audiobook.</source>
        <translation>chat: 返答せずに聴く: オーディオブックのように最後まで語ります。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>True stories, told as a conversation.</source>
        <translation>本当にあった物語を、会話で語ります。</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>データベースと設定を &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Save a picture of the first page to &lt;file&gt; and quit.</source>
        <translation>最初のページの画像を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>Storyteller cannot start</source>
        <translation>Storyteller を起動できません</translation>
    </message>
</context>
<context>
    <name>st::AppController</name>
    <message>
        <source>The API key could not be stored: neither the system keychain nor the private key file in the data folder accepted it.</source>
        <translation>API キーを保存できませんでした。システムのキーチェーンにも、データフォルダー内の非公開キーファイルにも保存できませんでした。</translation>
    </message>
    <message>
        <source>The session could not be saved (%1). Check that the disk is not full, then try again.</source>
        <translation>セッションを保存できませんでした（%1）。ディスクに空きがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>ストーリー「%1」をライブラリから読み込めませんでした。別のストーリーをお試しください。</translation>
    </message>
    <message>
        <source>The script could not be saved to the library (%1). Your text is still here; check the disk and try again.</source>
        <translation>台本をライブラリに保存できませんでした（%1）。入力したテキストはそのまま残っています。ディスクを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>そのセッションが見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>st::AppFlow</name>
    <message>
        <source>That name is %1 characters long; keep it under %2.</source>
        <translation>その名前は %1 文字あります。%2 文字未満にしてください。</translation>
    </message>
</context>
<context>
    <name>st::AudioEncodeError</name>
    <message>
        <source>Exporting %1 needs the program %2, which is not installed. Install the package %3 (for example: sudo apt install %3), or export as WAV.</source>
        <translation>%1 で書き出すにはプログラム %2 が必要ですが、インストールされていません。パッケージ %3 をインストールする（例: sudo apt install %3）か、WAV で書き出してください。</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2.</source>
        <translation>%1 は音声を %2 にエンコードできませんでした。</translation>
    </message>
    <message>
        <source>%1 could not encode the audio as %2: %3</source>
        <translation>%1 は音声を %2 にエンコードできませんでした: %3</translation>
    </message>
</context>
<context>
    <name>st::AudioEncoder</name>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>予期せず停止しました</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>it wrote nothing</source>
        <translation>何も書き出しませんでした</translation>
    </message>
</context>
<context>
    <name>st::AudioExportDialog</name>
    <message>
        <source>WAV audio, chapters in a cue sheet beside it (*.wav)</source>
        <translation>WAV 音声、章は横の cue シートに (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio with chapters (*.mp3)</source>
        <translation>章付き MP3 音声 (*.mp3)</translation>
    </message>
    <message>
        <source>Opus audio with chapters (*.opus)</source>
        <translation>章付き Opus 音声 (*.opus)</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>音声の書き出し</translation>
    </message>
    <message>
        <source>%1 is already there. Replace it?</source>
        <translation>%1 は既にあります。置き換えますか？</translation>
    </message>
    <message>
        <source>%1 are already there. The transcript and the cue sheet are saved beside the audio under those names. Replace them?</source>
        <translation>%1 は既にあります。書き起こしと cue シートは音声の横にこの名前で保存されます。置き換えますか？</translation>
    </message>
    <message>
        <source>%1 is already there. The cue sheet (the chapters) is saved beside the audio under that name. Replace it?</source>
        <translation>%1 は既にあります。cue シート（章）は音声の横にこの名前で保存されます。置き換えますか？</translation>
    </message>
    <message>
        <source>%1 is already there. The transcript is saved beside the audio under that name. Replace it?</source>
        <translation>%1 はすでにあります。書き起こしは音声の横にこの名前で保存されます。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>st::BatchImporter</name>
    <message>
        <source>Writing a script from a document needs a language model, and none is configured. Set up a model provider and import it again; ready scripts import without one.</source>
        <translation>文書から台本を書くには言語モデルが必要ですが、設定されていません。モデルプロバイダーを設定してから、もう一度インポートしてください。完成した台本はモデルなしでもインポートできます。</translation>
    </message>
    <message>
        <source>Already in the library; not added again.</source>
        <translation>すでにライブラリにあるため、追加しませんでした。</translation>
    </message>
    <message>
        <source>The script could not be saved: %1</source>
        <translation>台本を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>st::ChapterMarks</name>
    <message>
        <source>Opening</source>
        <translation>導入</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
</context>
<context>
    <name>st::ChapterMenuButton</name>
    <message>
        <source>chapter %1 of %2</source>
        <translation>全%2章中 第%1章</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>導入</translation>
    </message>
    <message>
        <source> · shorter chapters</source>
        <translation> · 短めの章</translation>
    </message>
    <message>
        <source> · longer chapters</source>
        <translation> · 長めの章</translation>
    </message>
    <message>
        <source>The story&apos;s chapters: hear one again, or go on to the next</source>
        <translation>お話の章の一覧：聞いた章をもう一度聞くか、次の章へ進みます</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章の一覧</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1（いまここ）</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1（次）</translation>
    </message>
    <message>
        <source>Hear this chapter again</source>
        <translation>この章をもう一度聞く</translation>
    </message>
    <message>
        <source>Go on to this chapter</source>
        <translation>この章へ進む</translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation>最後まで飛ばす</translation>
    </message>
    <message>
        <source>Shorter chapters</source>
        <translation>章を短めに</translation>
    </message>
    <message>
        <source>Longer chapters</source>
        <translation>章を長めに</translation>
    </message>
</context>
<context>
    <name>st::ChatPage</name>
    <message>
        <source>%1 tokens in, %2 out this session</source>
        <translation>このセッションの入力 %1 トークン、出力 %2 トークン</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Save this session and go back to the start</source>
        <translation>このセッションを保存して、最初の画面に戻ります</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>送信します（Enter）。Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the narrator (Esc). What was told is kept.</source>
        <translation>語りを止めます（Esc）。それまでに語られた部分は残ります。</translation>
    </message>
    <message>
        <source>Your answer… (type &quot;exit&quot; to finish)</source>
        <translation>あなたの返答…（終えるときは「おわり」と入力）</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Go on from where the reply stopped</source>
        <translation>返答が止まったところから続けます</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>作り直す</translation>
    </message>
    <message>
        <source>Tell this part again from its start</source>
        <translation>この部分を最初から語り直します</translation>
    </message>
    <message>
        <source>The last reply was cut off. What arrived is kept.</source>
        <translation>最後の返答が途中で切れました。届いた部分は残っています。</translation>
    </message>
    <message>
        <source>Tell the last reply again</source>
        <translation>最後の返答をもう一度語ります</translation>
    </message>
    <message>
        <source>Edit my answer</source>
        <translation>自分の返答を編集</translation>
    </message>
    <message>
        <source>Change your last answer and hear the reply again</source>
        <translation>最後の返答を書き直して、語りをもう一度聞きます</translation>
    </message>
    <message>
        <source>Editing your last answer: press Enter to send it again, or Esc to cancel.</source>
        <translation>最後の返答を編集しています。Enter でもう一度送信、Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>The story has ended. Press End or type &quot;exit&quot; to finish.</source>
        <translation>ストーリーはおしまいです。「終了」を押すか、「おわり」と入力して終えてください。</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>音声の書き出し</translation>
    </message>
    <message>
        <source>Exporting the session&apos;s audio…</source>
        <translation>セッションの音声を書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>書き出しをキャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Saved the audio to %1 and the transcript to %2.</source>
        <translation>音声を %1 に、書き起こしを %2 に保存しました。</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>あなたの返答</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>st::ChatSession</name>
    <message>
        <source>That message is %1 characters long; the limit is %2. Shorten it and send it again.</source>
        <translation>メッセージが %1 文字あります。上限は %2 文字です。短くしてから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Your message could not be saved (%1). It is still in the box; check the disk and send it again.</source>
        <translation>メッセージを保存できませんでした（%1）。入力欄に残っていますので、ディスクを確認してもう一度送信してください。</translation>
    </message>
    <message>
        <source>Your message could not be translated (%1), so the narrator gets it as you wrote it.</source>
        <translation>メッセージを翻訳できませんでした（%1）。そのため、書いたままの内容が語り手に届きます。</translation>
    </message>
    <message>
        <source>Your edit could not be saved (%1). It is still in the box.</source>
        <translation>編集内容を保存できませんでした（%1）。入力欄に残っています。</translation>
    </message>
    <message>
        <source>The story could not be saved to the database (%1). It is still shown here; check the disk.</source>
        <translation>ストーリーをデータベースに保存できませんでした（%1）。ここには表示されたままです。ディスクを確認してください。</translation>
    </message>
</context>
<context>
    <name>st::CheckPage</name>
    <message>
        <source>What story would you like to hear?</source>
        <translation>どんなお話を聞きたいですか？</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <source>A name, a place or an event — e.g. the Mary Celeste — or &quot;anything&quot;</source>
        <translation>人の名前、場所、出来事（たとえばメアリー・セレスト号）、または「なんでも」</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>聞く</translation>
    </message>
    <message>
        <source>Hint: be more specific. Name the person, ship or place and the event, e.g. &quot;the ghost ship Mary Celeste, 1872&quot;.</source>
        <translation>ヒント: もう少し具体的にしてみてください。人物・船・場所の名前と出来事を入れるのがおすすめです。例:「幽霊船メアリー・セレスト号、1872年」</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>セッションの設定に戻ります</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <source>Write a new script for this story</source>
        <translation>このストーリーの台本を新しく書きます</translation>
    </message>
    <message>
        <source>Found it: “%1”.</source>
        <translation>見つかりました:「%1」</translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — add a name, a place or the event — and ask again.</source>
        <translation>「%1」のことですか？ 名前、場所、出来事などをもう少し詳しく教えて、もう一度たずねてください。</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Try again with more detail, create a script for it, or go back.</source>
        <translation>そのお話はまだ知りません。もっと詳しく入力し直すか、台本を作成するか、前の画面に戻ってください。</translation>
    </message>
    <message>
        <source>Yes, tell that one</source>
        <translation>はい、それを聞かせて</translation>
    </message>
    <message>
        <source>Tell the story suggested above (Enter)</source>
        <translation>上で提案した物語を語ります（Enter）</translation>
    </message>
    <message>
        <source>Perhaps one of these from the library?</source>
        <translation>ライブラリのこちらのお話はいかがですか?</translation>
    </message>
    <message>
        <source>Tell “%1”</source>
        <translation>「%1」を語る</translation>
    </message>
    <message>
        <source>Story to hear</source>
        <translation>聴きたいストーリー</translation>
    </message>
    <message>
        <source>Checking the story</source>
        <translation>ストーリーの確認</translation>
    </message>
</context>
<context>
    <name>st::CliChat</name>
    <message>
        <source>storyteller-cli: the session could not be started.</source>
        <translation>storyteller-cli: セッションを開始できませんでした。</translation>
    </message>
    <message>
        <source>What story would you like to hear? </source>
        <translation>どんなお話を聞きたいですか？ </translation>
    </message>
    <message>
        <source>Did you mean “%1”? Tell me a little more — a name, a place or the event.</source>
        <translation>「%1」のことですか？ 名前、場所、出来事などをもう少し詳しく教えてください。</translation>
    </message>
    <message>
        <source>I don&apos;t know that story yet. Type another request with more detail (name and event), or &quot;exit&quot;. Writing a new script needs the app&apos;s Create page.</source>
        <translation>そのお話はまだ知りません。もっと詳しいリクエスト（名前と出来事）を入力するか、「おわり」と入力してください。新しい台本を書くには、アプリの作成ページを使ってください。</translation>
    </message>
    <message>
        <source>storyteller-cli: the story cannot be told without answers from here.</source>
        <translation>storyteller-cli: ここから先は返答なしではストーリーを続けられません。</translation>
    </message>
</context>
<context>
    <name>st::ClipDecoder</name>
    <message>
        <source>no sample rate was given</source>
        <translation>サンプリングレートが指定されていません</translation>
    </message>
    <message>
        <source>the decoder did not finish in %1 s</source>
        <translation>デコーダーが %1 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>an unexpected sample format (%1)</source>
        <translation>想定外のサンプル形式（%1）</translation>
    </message>
</context>
<context>
    <name>st::CreatePage</name>
    <message>
        <source>Open a script</source>
        <translation>台本を開く</translation>
    </message>
    <message>
        <source>Scripts (*.json *.md *.txt);;All files (*)</source>
        <translation>台本 (*.json *.md *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB; a script is much smaller. Choose the script file itself.</source>
        <translation>%1 は 5 MB を超えています。台本ならもっと小さいはずです。台本ファイルそのものを選んでください。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Create a story script</source>
        <translation>ストーリーの台本を作成</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>ライブラリに保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Back to the story request, without saving</source>
        <translation>保存せずに、ストーリーのリクエストに戻ります</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>ページを読み込んでいます…</translation>
    </message>
    <message>
        <source>Splitting the text into parts…</source>
        <translation>テキストをいくつかの部分に分けています…</translation>
    </message>
    <message>
        <source>Keeping what belongs to the story: part %1 of %2</source>
        <translation>ストーリーに関係する部分を残しています: %1 / %2</translation>
    </message>
    <message>
        <source>Writing the script…</source>
        <translation>台本を書いています…</translation>
    </message>
    <message>
        <source>Writing the script: section %1 of %2</source>
        <translation>台本を書いています: セクション %1 / %2</translation>
    </message>
    <message>
        <source>Read “%1”: %2 characters</source>
        <translation>「%1」を読み込みました: %2 文字</translation>
    </message>
    <message>
        <source>The script is ready: read it, correct it if needed, then save it.</source>
        <translation>台本ができました。読んで、必要なら直してから保存してください。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The library already has “%1”, written from this page. Tell that one, or write a new script?</source>
        <translation>このページから書いた「%1」が、すでにライブラリにあります。そのストーリーを聞きますか？ それとも新しく台本を書きますか？</translation>
    </message>
    <message>
        <source>Tell that one</source>
        <translation>そのストーリーを聞く</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>新しく書く</translation>
    </message>
    <message>
        <source>Add the script to the library and go back to the story request</source>
        <translation>台本をライブラリに追加して、ストーリーのリクエストに戻ります</translation>
    </message>
</context>
<context>
    <name>st::CreateProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop writing; nothing is saved</source>
        <translation>書くのをやめます。何も保存されません</translation>
    </message>
</context>
<context>
    <name>st::CreateSourcePanel</name>
    <message>
        <source>Writing a new script from a web page or your own text needs a language model, and none is configured. Set one up under Story ▸ Model provider…; until then you can add a ready-made script.</source>
        <translation>ウェブページや自分のテキストから新しい台本を書くには言語モデルが必要ですが、設定されていません。ストーリー ▸ モデルプロバイダー… で設定してください。それまでは、完成した台本を追加できます。</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Ready-made script</source>
        <translation>完成した台本</translation>
    </message>
    <message>
        <source>The address of a page that tells the story, such as an encyclopedia article or a news report. Only what the page says goes into the script.</source>
        <translation>ストーリーが書かれたページのアドレスです。百科事典の記事やニュース記事などを指定してください。台本には、ページに書かれている内容だけが入ります。</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Write script</source>
        <translation>台本を書く</translation>
    </message>
    <message>
        <source>Paste the text the story should be written from: an article, notes, a chapter of a book.</source>
        <translation>ストーリーのもとになるテキストを貼り付けてください。記事、メモ、本の一章などが使えます。</translation>
    </message>
    <message>
        <source>Paste text here…</source>
        <translation>ここにテキストを貼り付け…</translation>
    </message>
    <message>
        <source>Paste a script into the editor below, or open a file: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot;.</source>
        <translation>下のエディターに台本を貼り付けるか、ファイルを開いてください。Storyteller の JSON、または「# prologue 1 : …」のような見出しのある Markdown が使えます。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Import many at once: JSON files of ready scripts, or of documents [{&quot;title&quot;: …, &quot;content&quot;: …}] to write scripts from.</source>
        <translation>まとめてインポートします。完成した台本の JSON ファイル、または台本のもとになる文書 [{&quot;title&quot;: …, &quot;content&quot;: …}] の JSON ファイルが使えます。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
</context>
<context>
    <name>st::DatabaseError</name>
    <message>
        <source>Storyteller could not create its data folder for %1. Choose a folder you can write to with --data-dir, then start Storyteller again.</source>
        <translation>%1 用のデータフォルダーを作成できませんでした。--data-dir で書き込み可能なフォルダーを指定して、Storyteller をもう一度起動してください。</translation>
    </message>
    <message>
        <source>The story database %1 cannot be written to. Check the file&apos;s permissions, or start Storyteller with --data-dir pointing to a writable folder. The file was not changed.</source>
        <translation>ストーリーのデータベース %1 に書き込めません。ファイルのアクセス権を確認するか、--data-dir で書き込み可能なフォルダーを指定して Storyteller を起動してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The story database %1 is damaged or is not a Storyteller database. It was left untouched: move it somewhere safe (or restore a backup) and start Storyteller again.</source>
        <translation>ストーリーのデータベース %1 は破損しているか、Storyteller のデータベースではありません。ファイルには手を加えていません。安全な場所に移す（またはバックアップから復元する）と、Storyteller をもう一度起動できます。</translation>
    </message>
    <message>
        <source>The story database %1 was written by a newer version of Storyteller. Install the newer version to open it; this version will not change it.</source>
        <translation>ストーリーのデータベース %1 は、新しいバージョンの Storyteller で書き込まれています。開くには新しいバージョンをインストールしてください。このバージョンではファイルを変更しません。</translation>
    </message>
    <message>
        <source>The story database %1 could not be upgraded, so it was left as it was. Make sure the disk is not full and try again.</source>
        <translation>ストーリーのデータベース %1 をアップグレードできなかったため、元のまま残しています。ディスクに空きがあることを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>st::ExportAssembler</name>
    <message>
        <source>Cannot make a temporary folder for the export: %1.</source>
        <translation>書き出し用の一時フォルダーを作成できません: %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>st::ExportedFiles</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>st::HealthReport</name>
    <message>
        <source>Connected to %1, but it has no model named “%2”. It offers: %3. Pick one of these.</source>
        <translation>%1 に接続しましたが、「%2」という名前のモデルはありません。使えるモデル: %3。この中から選んでください。</translation>
    </message>
    <message>
        <source>Connected to %1. The model “%2” is ready (%3 model(s) on the server).</source>
        <translation>%1 に接続しました。モデル「%2」を使う準備ができています（サーバー上のモデル数: %3）。</translation>
    </message>
</context>
<context>
    <name>st::ImportDialog</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1. Failed: %2.</source>
        <translation>インポート: %1 件。失敗: %2 件。</translation>
    </message>
    <message>
        <source>Cancelled: %1 not imported.</source>
        <translation>キャンセルしました: %1 件はインポートされていません。</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>台本のインポート</translation>
    </message>
    <message>
        <source>Importing 1 file into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>1 個のファイルをライブラリにインポートしています。文書は、モデルが 1 件ずつ台本にします。</translation>
    </message>
    <message>
        <source>Importing %1 files into the library. Documents are written into scripts by the model, one at a time.</source>
        <translation>%1 個のファイルをライブラリにインポートしています。文書は、モデルが 1 件ずつ台本にします。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop: scripts already imported stay in the library</source>
        <translation>中止します。インポート済みの台本はライブラリに残ります</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>st::ImportFile</name>
    <message>
        <source>Item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>This entry is not an object: expected a document such as {&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} or a script.</source>
        <translation>この項目はオブジェクトではありません。{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;} のような文書か、台本が必要です。</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>台本 %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>文書 %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the script is written in %2.</source>
        <translation>不明な言語「%1」です。台本は %2 で書きます。</translation>
    </message>
    <message>
        <source>Ignored the source &quot;%1&quot;: not a web address.</source>
        <translation>出典「%1」はウェブアドレスではないため、無視しました。</translation>
    </message>
    <message>
        <source>The document has no text: give it a &quot;content&quot; (or &quot;text&quot;, &quot;body&quot;) field.</source>
        <translation>文書にテキストがありません。「content」（または「text」「body」）フィールドを追加してください。</translation>
    </message>
    <message>
        <source>The document&apos;s &quot;%1&quot; is not text.</source>
        <translation>文書の「%1」がテキストではありません。</translation>
    </message>
    <message>
        <source>The document&apos;s text is empty.</source>
        <translation>文書のテキストが空です。</translation>
    </message>
    <message>
        <source>Expected JSON: a list of documents such as [{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}], one such document, or Storyteller scripts (&quot;format&quot;: &quot;storyteller-script&quot;), alone, in a list or in {&quot;scripts&quot;: […]}.</source>
        <translation>JSON が必要です。[{&quot;title&quot;: &quot;…&quot;, &quot;content&quot;: &quot;…&quot;}] のような文書のリスト、そのような文書 1 件、または Storyteller の台本（&quot;format&quot;: &quot;storyteller-script&quot;）を単独で、リストで、または {&quot;scripts&quot;: […]} の中に入れたもの。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is %1 MB). Split it into smaller files.</source>
        <translation>ファイルが大きすぎてインポートできません（上限は %1 MB）。小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation>有効な JSON ファイルではありません（%1 バイト目）。</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be documents or scripts.</source>
        <translation>ファイルの入れ子が深すぎるため、文書や台本として読めません。</translation>
    </message>
    <message>
        <source>The file holds no documents or scripts.</source>
        <translation>ファイルに文書も台本も含まれていません。</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to import.</source>
        <translation>ファイルのリストが空なので、インポートするものがありません。</translation>
    </message>
</context>
<context>
    <name>st::InputTranslator</name>
    <message>
        <source>The model returned no translation.</source>
        <translation>モデルから翻訳が返ってきませんでした。</translation>
    </message>
</context>
<context>
    <name>st::JsonInput</name>
    <message>
        <source>It is not valid JSON (at byte %1).</source>
        <translation>正しい JSON ではありません（%1 バイト目）。</translation>
    </message>
    <message>
        <source>It holds a number too large to read.</source>
        <translation>読み取れないほど大きな数が含まれています。</translation>
    </message>
    <message>
        <source>It is nested more than %1 levels deep.</source>
        <translation>入れ子が %1 段より深くなっています。</translation>
    </message>
</context>
<context>
    <name>st::LexicalEvaluator</name>
    <message>
        <source>The library is empty, so there is no story to pick. Add a script on the Create page.</source>
        <translation>ライブラリが空なので、選べるストーリーがありません。作成ページで台本を追加してください。</translation>
    </message>
    <message>
        <source>Type the story you would like to hear: a name, a place or an event, or &quot;anything&quot;.</source>
        <translation>聞きたいお話を入力してください。人の名前、場所、出来事、または「なんでも」と入力できます。</translation>
    </message>
    <message>
        <source>That request is %1 characters long; please keep it under %2, such as a name and an event.</source>
        <translation>リクエストが %1 文字あります。名前と出来事くらいにして、%2 文字未満にしてください。</translation>
    </message>
</context>
<context>
    <name>st::LibraryItemDelegate</name>
    <message>
        <source>Not heard yet</source>
        <translation>未聴</translation>
    </message>
    <message>
        <source>Heard to the end</source>
        <translation>最後まで聴いた</translation>
    </message>
    <message>
        <source>Heard %1 of %2</source>
        <translation>%1/%2章まで</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>聴き始め</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>言語: %1</translation>
    </message>
</context>
<context>
    <name>st::LlmError</name>
    <message>
        <source>The model server refused the API key (HTTP %1). Check the key in Model provider settings, or that it is allowed to use this model.</source>
        <translation>モデルサーバーが API キーを拒否しました（HTTP %1）。モデルプロバイダーの設定でキーを確認するか、そのキーでこのモデルを使えるか確認してください。</translation>
    </message>
    <message>
        <source>The server does not have the model that is set. Pick one from the server&apos;s list in Model provider settings (with Ollama: pull it first).</source>
        <translation>設定されているモデルがサーバーにありません。モデルプロバイダーの設定で、サーバーの一覧から選んでください（Ollama の場合は、先にモデルを pull してください）。</translation>
    </message>
    <message>
        <source>The server has no such address (HTTP 404). Check the base URL in Model provider settings — OpenAI-compatible servers usually end in /v1.</source>
        <translation>サーバーにそのアドレスがありません（HTTP 404）。モデルプロバイダーの設定でベース URL を確認してください。OpenAI 互換サーバーの URL は、ふつう /v1 で終わります。</translation>
    </message>
    <message>
        <source>The model server is limiting requests and still refused after retrying. Wait a minute and press Retry.</source>
        <translation>モデルサーバーがリクエストを制限しており、再試行しても受け付けられませんでした。1 分ほど待ってから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>Your account with the model provider has no quota left. Check your plan and billing with the provider, or choose another provider.</source>
        <translation>モデルプロバイダーのアカウントの利用枠が残っていません。プロバイダーでプランと支払い状況を確認するか、別のプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>The request is longer than the model&apos;s context. Lower the context budget in Model provider settings, or use a model with a longer context.</source>
        <translation>リクエストがモデルのコンテキスト長を超えています。モデルプロバイダーの設定でコンテキスト予算を下げるか、より長いコンテキストに対応したモデルを使ってください。</translation>
    </message>
    <message>
        <source>The model server rejected the request (HTTP %1). Check the model and settings in Model provider settings.</source>
        <translation>モデルサーバーがリクエストを拒否しました（HTTP %1）。モデルプロバイダーの設定で、モデルとその他の設定を確認してください。</translation>
    </message>
    <message>
        <source>The model server had a problem (HTTP %1), also after retrying. Try again in a moment.</source>
        <translation>モデルサーバーで問題が発生し、再試行しても解決しませんでした（HTTP %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Storyteller could not reach the model server. Check that it is running and that the base URL is right.</source>
        <translation>モデルサーバーに接続できませんでした。サーバーが起動していること、ベース URL が正しいことを確認してください。</translation>
    </message>
    <message>
        <source>The model server did not answer in time. Check that it is running and reachable, or raise the connect timeout in Model provider settings.</source>
        <translation>モデルサーバーが時間内に応答しませんでした。サーバーが起動していて接続できることを確認するか、モデルプロバイダーの設定で接続タイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The model server stopped sending in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>返答の途中でモデルサーバーからの送信が止まりました。届いた部分は残っています。「続ける」または「再試行」を押してください。</translation>
    </message>
    <message>
        <source>Stopped. What was written so far is kept.</source>
        <translation>停止しました。ここまでに書かれた部分は残っています。</translation>
    </message>
    <message>
        <source>The reply was cut off or was not in the format the server promised. What arrived is kept: press Continue or Retry.</source>
        <translation>返答が途中で切れたか、サーバーが示した形式になっていませんでした。届いた部分は残っています。「続ける」または「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply. What arrived is kept: press Continue or Retry.</source>
        <translation>返答の途中でモデルサーバーがエラーを報告しました。届いた部分は残っています。「続ける」または「再試行」を押してください。</translation>
    </message>
    <message>
        <source>No model is set up. Choose a provider, base URL and model in Model provider settings.</source>
        <translation>モデルが設定されていません。モデルプロバイダーの設定で、プロバイダー、ベース URL、モデルを選んでください。</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>サーバーからのメッセージ:「%1」</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>The library is ready for search by meaning.</source>
        <translation>ライブラリで意味による検索ができるようになりました。</translation>
    </message>
    <message>
        <source>Preparing the library for search by meaning: %1 of %2…</source>
        <translation>意味による検索のためにライブラリを準備しています: %1 / %2…</translation>
    </message>
    <message>
        <source>About Storyteller</source>
        <translation>Storyteller について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;True stories, told as a conversation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storyteller %1&lt;/h3&gt;&lt;p&gt;本当にあった物語を、会話で語ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Storyteller</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>ストーリー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新しいセッション(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Model provider…</source>
        <translation>モデルプロバイダー(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Storyteller</source>
        <translation>Storyteller について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Import scripts</source>
        <translation>台本のインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The voice settings were saved, but the API key could not be stored. Check that the data folder is writable, then enter the key again.</source>
        <translation>音声の設定は保存しましたが、APIキーを保存できませんでした。データフォルダーに書き込めるか確認してから、キーをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Narration &amp;voice…</source>
        <translation>朗読の音声(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Search sessions…</source>
        <translation>セッションを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>セッションを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this session…</source>
        <translation>このセッションを書き出す(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>st::MecabTagger</name>
    <message>
        <source>The Japanese dictionary could not be opened (%1). Install the packages mecab-naist-jdic and libmecab2; until then the local voice reads Japanese kanji poorly.</source>
        <translation>日本語の辞書を開けませんでした（%1）。パッケージ mecab-naist-jdic と libmecab2 をインストールしてください。それまでローカルの声は日本語の漢字をうまく読めません。</translation>
    </message>
</context>
<context>
    <name>st::MessageDelegate</name>
    <message>
        <source>You wrote: %1</source>
        <translation>あなたが書いた原文: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>You · translated</source>
        <translation>あなた · 翻訳済み</translation>
    </message>
    <message>
        <source>Narrator · chapter %1</source>
        <translation>語り手 · 第 %1 章</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>語り手</translation>
    </message>
    <message>
        <source>telling…</source>
        <translation>語っています…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>cut off by an error</source>
        <translation>エラーで中断しました</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>読み上げ中</translation>
    </message>
</context>
<context>
    <name>st::MessageListModel</name>
    <message>
        <source>You: %1</source>
        <translation>あなた: %1</translation>
    </message>
    <message>
        <source>Narrator, chapter %1: %2</source>
        <translation>語り手、第 %1 章: %2</translation>
    </message>
    <message>
        <source>Narrator: %1</source>
        <translation>語り手: %1</translation>
    </message>
</context>
<context>
    <name>st::MessageView</name>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>読み上げを止める</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げる</translation>
    </message>
    <message>
        <source>Continue from here in a new session</source>
        <translation>ここから新しいセッションで続ける</translation>
    </message>
</context>
<context>
    <name>st::ModelEvaluator</name>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>そのリクエストに合うストーリーはライブラリにありません。</translation>
    </message>
    <message>
        <source>Searching the library by meaning…</source>
        <translation>ライブラリを意味で検索しています…</translation>
    </message>
    <message>
        <source>Asking the model whether “%1” is the one…</source>
        <translation>「%1」で合っているか、モデルに確認しています…</translation>
    </message>
</context>
<context>
    <name>st::ModelNarrator</name>
    <message>
        <source>Welcome back to “%1”. Answer the last question to go on.</source>
        <translation>「%1」へおかえりなさい。最後の質問に答えると、続きが始まります。</translation>
    </message>
</context>
<context>
    <name>st::NarrationBar</name>
    <message>
        <source>Pause reading aloud</source>
        <translation>読み上げを一時停止</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>読み上げを再開</translation>
    </message>
    <message>
        <source>Read the last reply aloud</source>
        <translation>最後の返答を読み上げる</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>音声を準備しています…</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>読み上げ中: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>一時停止: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げる</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>返答を書かれるそばから読み上げる</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>読み上げを止める</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>読み上げの速さ</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Voice…</source>
        <translation>音声…</translation>
    </message>
    <message>
        <source>Choose the voice that reads the story</source>
        <translation>物語を読み上げる音声を選びます</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>音声を書き出す…</translation>
    </message>
    <message>
        <source>Save this session as one audio file with its transcript</source>
        <translation>このセッションを書き起こし付きの一つの音声ファイルとして保存します</translation>
    </message>
    <message>
        <source>Go on listening</source>
        <translation>聴き続ける</translation>
    </message>
    <message>
        <source>Listen without answering</source>
        <translation>返答せずに聴く</translation>
    </message>
    <message>
        <source>Tell the story through to the end like an audiobook; write anything to talk again (Ctrl+Shift+L)</source>
        <translation>オーディオブックのように最後まで語ります。何か書けば会話に戻ります (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Next chapter now (Ctrl+Shift+N)</source>
        <translation>今すぐ次の章へ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>次の章</translation>
    </message>
</context>
<context>
    <name>st::NarrationController</name>
    <message>
        <source>The story goes on in text.</source>
        <translation>物語は文字で続きます。</translation>
    </message>
</context>
<context>
    <name>st::PageFetcher</name>
    <message>
        <source>the connection closed before the whole page arrived</source>
        <translation>ページをすべて受け取る前に接続が切れました</translation>
    </message>
</context>
<context>
    <name>st::PageReader</name>
    <message>
        <source>there is no such file</source>
        <translation>そのファイルは存在しません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
</context>
<context>
    <name>st::ProviderDialog</name>
    <message>
        <source>Enter the server&apos;s base URL first.</source>
        <translation>まずサーバーのベース URL を入力してください。</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>サーバーにモデルの一覧を問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>サーバーで %n 個のモデルが使えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Choose a base URL and a model, or pick the offline narrator.</source>
        <translation>ベース URL とモデルを選ぶか、オフラインの語り手を選んでください。</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>モデルプロバイダー</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>プロバイダー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>ベース URL(&amp;B)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>埋め込みモデル(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>最大トークン数(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Context budget</source>
        <translation>コンテキスト予算(&amp;C)</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>無通信タイムアウト</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 or https://api.openai.com/v1</source>
        <translation>例: http://localhost:11434 または https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Only if the server needs one; kept in the system keychain</source>
        <translation>サーバーが必要とする場合のみ。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Optional, for finding stories by meaning</source>
        <translation>任意。意味によるストーリー検索に使います</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>一覧を更新</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Set by environment variables (these win over the fields): %1</source>
        <translation>環境変数で設定されている項目（入力欄より優先されます）: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
</context>
<context>
    <name>st::ReplyVersionBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The earlier version of this reply</source>
        <translation>この返答の前の版</translation>
    </message>
    <message>
        <source>The later version of this reply</source>
        <translation>この返答の次の版</translation>
    </message>
</context>
<context>
    <name>st::ScoreParser</name>
    <message>
        <source>The model gave no answer to the relevance question.</source>
        <translation>関連度の質問にモデルが答えませんでした。</translation>
    </message>
    <message>
        <source>The model&apos;s answer did not contain a clear relevance score: “%1”. Try again, or choose a model that follows instructions more closely.</source>
        <translation>モデルの回答に明確な関連度スコアがありませんでした:「%1」。もう一度試すか、指示にもっと忠実に従うモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>st::ScriptCreator</name>
    <message>
        <source>Writing a script needs a language model, and none is configured. Set one up under Story ▸ Model provider…, or paste a ready-made script instead.</source>
        <translation>台本を書くには言語モデルが必要ですが、設定されていません。ストーリー ▸ モデルプロバイダー… で設定するか、代わりに完成した台本を貼り付けてください。</translation>
    </message>
    <message>
        <source>Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, or paste the story&apos;s text instead.</source>
        <translation>ウェブページのアドレス（例: https://en.wikipedia.org/wiki/Mary_Celeste）を入力するか、代わりにストーリーのテキストを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>st::ScriptDraftPanel</name>
    <message>
        <source>“%1”: %2 of 14 sections to tell.</source>
        <translation>「%1」: 14 セクション中 %2 セクションを語ります。</translation>
    </message>
    <message>
        <source>(N/A — skipped when telling)</source>
        <translation>（N/A — 語るときはスキップします）</translation>
    </message>
    <message>
        <source>The script appears here as it is written. You can also paste a ready-made script: Storyteller&apos;s JSON, or markdown with headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>台本は書かれたそばからここに表示されます。完成した台本を貼り付けることもできます。Storyteller の JSON、または「# prologue 1 : …」から「# epilogue」までのような見出しのある Markdown が使えます。</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
</context>
<context>
    <name>st::ScriptExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>st::ScriptJson</name>
    <message>
        <source>This is not valid JSON (at byte %1). Check the file, or paste the script in its markdown form.</source>
        <translation>有効な JSON ではありません（%1 バイト目）。ファイルを確認するか、Markdown 形式で台本を貼り付けてください。</translation>
    </message>
    <message>
        <source>The JSON does not hold a script: expected an object with a title and sections.</source>
        <translation>この JSON には台本が含まれていません。title と sections を持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>The JSON has no &quot;sections&quot;: a script needs its 14 sections (prologue 1 to epilogue).</source>
        <translation>JSON に「sections」がありません。台本には 14 のセクション（prologue 1 から epilogue まで）が必要です。</translation>
    </message>
    <message>
        <source>Skipped a section that is not an object.</source>
        <translation>オブジェクトではないセクションをスキップしました。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; using the session&apos;s language.</source>
        <translation>不明な言語「%1」です。セッションの言語を使います。</translation>
    </message>
    <message>
        <source>The script has no text in any section.</source>
        <translation>台本のどのセクションにもテキストがありません。</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>空または N/A のセクション（語るときはスキップします）: %1</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>台本にタイトルがありません。「無題のストーリー」とします。</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>無題のストーリー</translation>
    </message>
    <message>
        <source>Skipped an unknown section &quot;%1&quot;.</source>
        <translation>不明なセクション「%1」をスキップしました。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the first one was kept.</source>
        <translation>セクション「%1」が複数あります。最初のものを残しました。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; has no text.</source>
        <translation>セクション「%1」にテキストがありません。</translation>
    </message>
    <message>
        <source>This script cannot be read: %1</source>
        <translation>この台本は読み込めません: %1</translation>
    </message>
    <message>
        <source>&quot;sources&quot; is not a list; it was ignored.</source>
        <translation>&quot;sources&quot; がリストではないため無視しました。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n source(s) without a title and a web address, or beyond the first %1.</source>
        <translation>
            <numerusform>タイトルとウェブアドレスがない出典、または最初の%1件を超えた出典を%n件スキップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ScriptParser</name>
    <message>
        <source>The script is empty. Paste a script or choose a file.</source>
        <translation>台本が空です。台本を貼り付けるか、ファイルを選んでください。</translation>
    </message>
    <message>
        <source>No story sections were found. A script has headers such as &quot;# prologue 1 : …&quot; through &quot;# epilogue&quot;.</source>
        <translation>ストーリーのセクションが見つかりませんでした。台本には「# prologue 1 : …」から「# epilogue」までのような見出しが必要です。</translation>
    </message>
    <message>
        <source>Lines of text ignored before the first section: %1.</source>
        <translation>最初のセクションより前にあるため無視したテキスト行: %1</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; appears more than once; the parts were joined.</source>
        <translation>セクション「%1」が複数あります。内容をつなげました。</translation>
    </message>
    <message>
        <source>Missing sections (skipped when telling): %1.</source>
        <translation>見つからないセクション（語るときはスキップします）: %1</translation>
    </message>
    <message>
        <source>Empty or N/A sections (skipped when telling): %1.</source>
        <translation>空または N/A のセクション（語るときはスキップします）: %1</translation>
    </message>
    <message>
        <source>Every section of the script is empty or N/A, so there is nothing to tell.</source>
        <translation>台本のすべてのセクションが空または N/A のため、語る内容がありません。</translation>
    </message>
    <message>
        <source>The script has no title; using &quot;Untitled story&quot;.</source>
        <translation>台本にタイトルがありません。「無題のストーリー」とします。</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>無題のストーリー</translation>
    </message>
</context>
<context>
    <name>st::ScriptPipeline</name>
    <message>
        <source>Nothing in the source was about the story. Try a page about the event itself, or paste the part of the text that tells it.</source>
        <translation>元のテキストに、ストーリーに関する内容がありませんでした。その出来事そのものについてのページを試すか、テキストのうち出来事を語っている部分を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>st::ScriptWriter</name>
    <message>
        <source>The source does not tell a story the writer could use. Try a page or text about one event, with its people, places and dates.</source>
        <translation>元のテキストには、台本にできるストーリーがありません。人物・場所・日付のそろった、ひとつの出来事についてのページやテキストをお試しください。</translation>
    </message>
    <message>
        <source>The source is empty, so there is nothing to write a story from. Paste the article&apos;s text, or try another page.</source>
        <translation>元のテキストが空なので、ストーリーを書けません。記事のテキストを貼り付けるか、別のページをお試しください。</translation>
    </message>
</context>
<context>
    <name>st::SearchDialog</name>
    <message>
        <source>Type to search the names of your sessions and everything said in them, in any language.</source>
        <translation>セッションの名前と、そこで話されたすべての言葉を、どの言語でも入力して検索できます。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1” は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The first %1 results; add a word to narrow them down.</source>
        <translation>最初の %1 件です。言葉を足して絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the session at the chosen one.</source>
        <translation>
            <numerusform>%n 件。Enter で選んだ箇所からセッションを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>セッションの検索</translation>
    </message>
    <message>
        <source>Search sessions and messages</source>
        <translation>セッションとメッセージを検索</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>st::SearchResultDelegate</name>
    <message>
        <source>Title: </source>
        <translation>タイトル: </translation>
    </message>
    <message>
        <source>You: </source>
        <translation>あなた: </translation>
    </message>
    <message>
        <source>Narrator: </source>
        <translation>語り手: </translation>
    </message>
</context>
<context>
    <name>st::SessionActions</name>
    <message>
        <source>That session could not be found; it may have been removed.</source>
        <translation>そのセッションが見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The session could not be renamed (%1).</source>
        <translation>セッション名を変更できませんでした（%1）。</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>先に物語を終えてください</translation>
    </message>
    <message>
        <source>The history could not be cleared (%1).</source>
        <translation>履歴を消去できませんでした（%1）。</translation>
    </message>
    <message>
        <source>%1 (branch)</source>
        <translation>%1（分岐）</translation>
    </message>
    <message>
        <source>A new session could not be made from this message (%1). The story is unchanged.</source>
        <translation>このメッセージから新しいセッションを作れませんでした（%1）。物語はそのままです。</translation>
    </message>
    <message>
        <source>Saved the transcript to %1.</source>
        <translation>記録を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Saved the session to %1. Import it on any computer with Storyteller (Story ▸ Import session…).</source>
        <translation>セッションを %1 に保存しました。Storyteller のあるどのコンピューターでも読み込めます（ストーリー ▸ セッションを読み込む…）。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 は読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: “%2” was already here, so it came in as a copy.</source>
        <translation>%1: 「%2」はすでにあるため、コピーとして読み込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2”, %n message(s).</source>
        <translation>
            <numerusform>%1: 「%2」、メッセージ %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::SessionAudioExporter</name>
    <message>
        <source>The audio stored for %1 cannot be decoded as %2 (%3).</source>
        <translation>%1 に保存された音声を %2 としてデコードできません（%3）。</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>id が %1 のセッションはありません。</translation>
    </message>
    <message>
        <source>The messages of “%1” could not be read: %2</source>
        <translation>“%1” のメッセージを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” has nothing to export: the narrator has not said anything in it yet.</source>
        <translation>“%1” には書き出すものがありません。語り手はまだ何も話していません。</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: that folder does not exist.</source>
        <translation>%1 に書き出せません。そのフォルダーは存在しません。</translation>
    </message>
    <message>
        <source>sentence %1 of the narrator&apos;s message %2 (“%3”)</source>
        <translation>語り手の %2 番目のメッセージの %1 番目の文（“%3”）</translation>
    </message>
    <message>
        <source>No voice is set up to speak %1, which was never narrated.</source>
        <translation>一度も朗読されていない %1 を読み上げる音声が設定されていません。</translation>
    </message>
    <message>
        <source>Could not speak %1: %2</source>
        <translation>%1 を読み上げられませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>The audio of %1 changed during the export; export again.</source>
        <translation>書き出し中に %1 の音声が変わりました。もう一度書き出してください。</translation>
    </message>
    <message>
        <source>%1 is already there, beside the audio; it is not replaced without asking. Choose another name, or move that file away.</source>
        <translation>音声の横に %1 がすでにあります。確認なしには置き換えません。別の名前を選ぶか、そのファイルを移動してください。</translation>
    </message>
</context>
<context>
    <name>st::SessionDocumentStore</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（インポート）</translation>
    </message>
</context>
<context>
    <name>st::SessionExporter</name>
    <message>
        <source>There is no session with the id %1.</source>
        <translation>id が %1 のセッションはありません。</translation>
    </message>
    <message>
        <source>The session could not be read from the database (%1).</source>
        <translation>データベースからセッションを読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1 に書き込めませんでした（%2）。何も保存していません。</translation>
    </message>
</context>
<context>
    <name>st::SessionImportError</name>
    <message>
        <source>This file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 を読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1 is too large to be a session file (%2 MB; at most %3 MB).</source>
        <translation>%1 はセッションファイルとしては大きすぎます（%2 MB、上限 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2). Choose a session file exported by Storyteller.</source>
        <translation>%1 は JSON ファイルではありません（%2）。Storyteller で書き出したセッションファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 holds stories for the library, not a session. Import it into the library instead.</source>
        <translation>%1 にはセッションではなくライブラリ用の物語が入っています。ライブラリにインポートしてください。</translation>
    </message>
    <message>
        <source>%1 is not a Storyteller session file. Choose a file made by exporting a session as JSON.</source>
        <translation>%1 は Storyteller のセッションファイルではありません。セッションを JSON で書き出したファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Storyteller (session format %2; this version reads format %3). Update Storyteller to import it.</source>
        <translation>%1 は新しいバージョンの Storyteller で書かれています（セッション形式 %2、このバージョンが読めるのは形式 %3）。インポートするには Storyteller を更新してください。</translation>
    </message>
    <message>
        <source>%1 is not a complete session file: “%2” is missing. Nothing was imported.</source>
        <translation>%1 は完全なセッションファイルではありません。“%2” がありません。何もインポートしていません。</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: “%2” should be %3. Nothing was imported.</source>
        <translation>%1 は正しいセッションファイルではありません。“%2” は %3 である必要があります。何もインポートしていません。</translation>
    </message>
    <message>
        <source>The session in %1 could not be saved in the database (%2). Nothing was imported.</source>
        <translation>%1 のセッションをデータベースに保存できませんでした（%2）。何もインポートしていません。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
</context>
<context>
    <name>st::SessionItemDelegate</name>
    <message>
        <source>No story chosen yet</source>
        <translation>まだストーリーが選ばれていません</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>ch. %1</source>
        <translation>第%1章</translation>
    </message>
</context>
<context>
    <name>st::SessionJsonReader</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>テキストまたは null</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>%1 文字以内のテキスト</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <source>null or a whole number from %1 to %2</source>
        <translation>null または %1 から %2 までの整数</translation>
    </message>
    <message>
        <source>a date and time in UTC such as 2024-05-01T19:02:03.120Z</source>
        <translation>2024-05-01T19:02:03.120Z のような UTC の日時</translation>
    </message>
    <message>
        <source>a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e</source>
        <translation>0f8fad5b-d9cb-469f-a165-70867728950e のような UUID</translation>
    </message>
    <message>
        <source>null or a UUID</source>
        <translation>null または UUID</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>次のいずれか: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>null or an object with a title and a body</source>
        <translation>null または title と body を持つオブジェクト</translation>
    </message>
    <message>
        <source>the story&apos;s script: an object with its sections</source>
        <translation>物語の台本: セクションを持つオブジェクト</translation>
    </message>
    <message>
        <source>a language code such as en, ko, ja or es</source>
        <translation>en、ko、ja、es のような言語コード</translation>
    </message>
    <message>
        <source>the name of a model service, or null</source>
        <translation>モデルサービスの名前または null</translation>
    </message>
    <message>
        <source>a number greater than the previous message&apos;s (%1)</source>
        <translation>前のメッセージの値（%1）より大きい数</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>オブジェクトのリスト</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>%1 バイト目</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list of messages</source>
        <translation>メッセージのリスト</translation>
    </message>
    <message>
        <source>a list of at most %1 messages</source>
        <translation>%1 件以内のメッセージのリスト</translation>
    </message>
</context>
<context>
    <name>st::SessionPage</name>
    <message>
        <source>Continue the story</source>
        <translation>ストーリーを続ける</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the session settings</source>
        <translation>セッションの設定に戻ります</translation>
    </message>
    <message>
        <source>“%1” · told in %2 · chapters told: %3 · last used %4</source>
        <translation>「%1」 · 言語: %2 · 語った章: %3 · 最終利用: %4</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>st::SessionTranscript</name>
    <message>
        <source>Untitled session</source>
        <translation>無題のセッション</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>ストーリー:</translation>
    </message>
    <message>
        <source>(no story chosen)</source>
        <translation>（ストーリー未選択）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Last told:</source>
        <translation>最後に語った日時:</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>導入</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>語り手:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>あなた:</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>（原文: %1）</translation>
    </message>
    <message>
        <source>(cut off here)</source>
        <translation>（ここで中断）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>st::SessionTransfer</name>
    <message>
        <source>Storyteller session, complete (*.json)</source>
        <translation>Storyteller セッション（完全）(*.json)</translation>
    </message>
    <message>
        <source>Markdown transcript (*.md)</source>
        <translation>Markdown の記録 (*.md)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>セッションを書き出す</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>セッションを読み込む</translation>
    </message>
    <message>
        <source>Storyteller session (*.json);;All files (*)</source>
        <translation>Storyteller セッション (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>st::SessionTrash</name>
    <message>
        <source>The session could not be deleted (%1). It is back in the list; try again.</source>
        <translation>セッションを削除できませんでした（%1）。一覧に戻したので、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>st::SettingsPage</name>
    <message>
        <source>A new story session</source>
        <translation>新しいストーリーのセッション</translation>
    </message>
    <message>
        <source>Session &amp;name</source>
        <translation>セッション名(&amp;N)</translation>
    </message>
    <message>
        <source>Story &amp;language</source>
        <translation>ストーリーの言語(&amp;L)</translation>
    </message>
    <message>
        <source>The narrator tells the story in this language.</source>
        <translation>語り手はこの言語でストーリーを語ります。</translation>
    </message>
    <message>
        <source>Narration &amp;pace</source>
        <translation>語りの速さ(&amp;P)</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>ゆっくり</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>速め</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>一瞬で</translation>
    </message>
    <message>
        <source>How fast the narrator&apos;s words appear</source>
        <translation>語り手の言葉が表示される速さ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Narrator: the model “%1” at %2.</source>
        <translation>語り手: %2 のモデル「%1」</translation>
    </message>
    <message>
        <source>Narrator: offline. No language model is configured, so stories come from the built-in library and are told by the offline narrator.</source>
        <translation>語り手: オフライン。言語モデルが設定されていないため、ストーリーは内蔵のライブラリから選ばれ、オフラインの語り手が語ります。</translation>
    </message>
    <message>
        <source>Model provider…</source>
        <translation>モデルプロバイダー…</translation>
    </message>
    <message>
        <source>Translate my answers into the story language (with a model)</source>
        <translation>自分の返答をストーリーの言語に翻訳する（モデルを使用）</translation>
    </message>
    <message>
        <source>If you write in another language, the model translates your answer first; both are kept and shown.</source>
        <translation>ほかの言語で書くと、まずモデルが返答を翻訳します。原文と訳文の両方が保存され、表示されます。</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>表示言語(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the language the story is told in, and name this session if you like (otherwise it is named after its story). You can come back to it later from the sidebar.</source>
        <translation>物語を語る言語を選び、よければセッションに名前を付けてください（付けなければ物語の題名になります）。あとでサイドバーから戻れます。</translation>
    </message>
    <message>
        <source>Optional, e.g. Evening stories</source>
        <translation>任意。例: 夜の物語</translation>
    </message>
</context>
<context>
    <name>st::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Show or hide the stories in the library</source>
        <translation>ライブラリのストーリーを表示または非表示にします</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>No sessions yet. Start one on the right.</source>
        <translation>まだセッションがありません。右側から始めてください。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションの削除</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>履歴を消去…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>End the story first</source>
        <translation>先に物語を終えてください</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>セッション名の変更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>履歴の消去</translation>
    </message>
    <message>
        <source>Clear every message of “%1”? Its name, language and story stay; the story starts again from its beginning. This cannot be undone.</source>
        <translation>“%1” のメッセージをすべて消去しますか？名前・言語・物語はそのままで、物語は最初から始まります。元に戻せません。</translation>
    </message>
    <message>
        <source>Delete “%1” with all its messages and audio? You can undo this for a few seconds.</source>
        <translation>“%1” をすべてのメッセージと音声ごと削除しますか？数秒間は元に戻せます。</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” を削除しました。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Filter stories</source>
        <translation>お話を絞り込む</translation>
    </message>
    <message>
        <source>Start a session, then click a story to hear it</source>
        <translation>セッションを始めてから、お話をクリックすると語ります</translation>
    </message>
    <message>
        <source>Stories in the library</source>
        <translation>ライブラリのストーリー</translation>
    </message>
    <message>
        <source>Click a session (or press Enter) to continue it; right-click (or the Menu key) to rename, clear or delete it</source>
        <translation>セッションをクリック（または Enter）すると続きを聴けます。右クリック（またはメニューキー）で名前の変更、消去、削除ができます</translation>
    </message>
</context>
<context>
    <name>st::SpeechFile</name>
    <message>
        <source>Sentence %1 could not be decoded: %2</source>
        <translation>%1 番目の文をデコードできませんでした: %2</translation>
    </message>
    <message>
        <source>There is nothing to say in this text.</source>
        <translation>このテキストには読み上げる内容がありません。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Sentence %1 could not be spoken: %2</source>
        <translation>%1 番目の文を読み上げられませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 を書き込み用に開けませんでした。</translation>
    </message>
</context>
<context>
    <name>st::StoryCheck</name>
    <message>
        <source>Reading your request…</source>
        <translation>リクエストを読み取っています…</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>ライブラリを検索しています…</translation>
    </message>
    <message>
        <source>Picked a story at random: “%1”.</source>
        <translation>ストーリーをランダムに選びました:「%1」。</translation>
    </message>
    <message>
        <source>Best match: “%1” (relevance %2 of 100).</source>
        <translation>いちばん近いストーリー:「%1」（関連度 %2/100）。</translation>
    </message>
    <message>
        <source>No story in the library matches that request.</source>
        <translation>そのリクエストに合うストーリーはライブラリにありません。</translation>
    </message>
    <message>
        <source>Chosen from the library: “%1”.</source>
        <translation>ライブラリから選びました:「%1」。</translation>
    </message>
</context>
<context>
    <name>st::StoryTelling</name>
    <message>
        <source>The story “%1” could not be read from the library. Try another story.</source>
        <translation>ストーリー「%1」をライブラリから読み込めませんでした。別のストーリーをお試しください。</translation>
    </message>
    <message>
        <source>The session could not be saved (%1).</source>
        <translation>セッションを保存できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The story saved with this session could not be read (%1).</source>
        <translation>このセッションに保存されたストーリーを読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>st::TtsError</name>
    <message>
        <source>The voice service said: “%1”</source>
        <translation>音声サービスの応答:「%1」</translation>
    </message>
    <message>
        <source>The local voice needs espeak-ng, which is not installed. Install the espeak-ng package, or choose a cloud voice in the narration settings.</source>
        <translation>ローカル音声には espeak-ng が必要ですが、インストールされていません。espeak-ng パッケージをインストールするか、朗読の設定でクラウド音声を選んでください。</translation>
    </message>
    <message>
        <source>The local voice (espeak-ng) failed to speak this sentence. Try another voice or language in the narration settings, or reinstall espeak-ng.</source>
        <translation>ローカル音声(espeak-ng)がこの文を読み上げられませんでした。朗読の設定で別の音声や言語を選ぶか、espeak-ng を再インストールしてください。</translation>
    </message>
    <message>
        <source>The voice service refused the API key (HTTP %1). Check the key in the narration settings; until then the local voice reads the story.</source>
        <translation>音声サービスが API キーを拒否しました(HTTP %1)。朗読の設定でキーを確認してください。それまではローカル音声がストーリーを読み上げます。</translation>
    </message>
    <message>
        <source>Your account with the voice service has no credits left. Check your plan with the provider; until then the local voice reads the story.</source>
        <translation>音声サービスのアカウントにクレジットが残っていません。プロバイダーでプランを確認してください。それまではローカル音声がストーリーを読み上げます。</translation>
    </message>
    <message>
        <source>The voice service is limiting requests. Wait a moment and press Play again, or switch to the local voice.</source>
        <translation>音声サービスがリクエストを制限しています。少し待ってからもう一度再生を押すか、ローカル音声に切り替えてください。</translation>
    </message>
    <message>
        <source>The voice service had a problem (HTTP %1). Try again in a moment, or switch to the local voice.</source>
        <translation>音声サービスで問題が起きました(HTTP %1)。しばらくしてからもう一度試すか、ローカル音声に切り替えてください。</translation>
    </message>
    <message>
        <source>The voice service rejected the request (HTTP %1). Check the voice and model in the narration settings, or switch to the local voice.</source>
        <translation>音声サービスがリクエストを拒否しました(HTTP %1)。朗読の設定で音声とモデルを確認するか、ローカル音声に切り替えてください。</translation>
    </message>
    <message>
        <source>Storyteller could not reach the voice service. Check the internet connection and the address in the narration settings; the local voice works offline.</source>
        <translation>Storyteller が音声サービスに接続できませんでした。インターネット接続と朗読の設定のアドレスを確認してください。ローカル音声はオフラインでも使えます。</translation>
    </message>
    <message>
        <source>The voice service did not answer in time. Try again, or switch to the local voice.</source>
        <translation>音声サービスが時間内に応答しませんでした。もう一度試すか、ローカル音声に切り替えてください。</translation>
    </message>
    <message>
        <source>The voice service answered with something that is not audio. Check the address and the audio format in the narration settings, or switch to the local voice.</source>
        <translation>音声サービスから音声ではない応答が返りました。朗読の設定でアドレスと音声形式を確認するか、ローカル音声に切り替えてください。</translation>
    </message>
    <message>
        <source>This passage is longer than the voice can read in one request. It needs to be split into shorter sentences, or read with another voice.</source>
        <translation>この部分は音声が一度に読み上げるには長すぎます。短い文に分けるか、別の音声で読み上げる必要があります。</translation>
    </message>
    <message>
        <source>Reading aloud was stopped.</source>
        <translation>読み上げを停止しました。</translation>
    </message>
    <message>
        <source>No sound output was found, so the story is not read aloud. Connect speakers or headphones (or start the sound server) and press Play.</source>
        <translation>音声の出力先が見つからないため、物語を読み上げられません。スピーカーかヘッドホンを接続するか、サウンドサーバーを起動してから再生を押してください。</translation>
    </message>
    <message>
        <source>The sound could not be played, so reading aloud has stopped. Check the sound output and press Play to try again.</source>
        <translation>音声を再生できなかったため、読み上げを止めました。音声の出力を確認し、再生を押してもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>st::VoiceDialog</name>
    <message>
        <source>Narration voice</source>
        <translation>朗読の音声</translation>
    </message>
    <message>
        <source>Local voice (espeak-ng, offline)</source>
        <translation>ローカル音声 (espeak-ng、オフライン)</translation>
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
        <translation>音声サービス(&amp;V):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>APIキー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;How to speak:</source>
        <translation>話し方(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Stability:</source>
        <translation>安定性(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;imilarity:</source>
        <translation>類似度(&amp;I):</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>スタイル(&amp;Y):</translation>
    </message>
    <message>
        <source>Speaker boost</source>
        <translation>話者ブースト</translation>
    </message>
    <message>
        <source>Voice for %1:</source>
        <translation>%1の音声:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>速さ(&amp;P):</translation>
    </message>
    <message>
        <source>Read each reply aloud as it is written</source>
        <translation>返答を書かれるそばから読み上げる</translation>
    </message>
    <message>
        <source>Empty: the key of your OpenAI model provider</source>
        <translation>空欄なら OpenAI のモデルプロバイダーのキーを使います</translation>
    </message>
    <message>
        <source>Paste the key from your account page</source>
        <translation>アカウントページのキーを貼り付けてください</translation>
    </message>
    <message>
        <source>Sentences are sent to the service as they are written. If it fails, the local voice reads on. The key is kept in the system keychain (or a private file), never in the settings.</source>
        <translation>文は書かれるそばからサービスに送られます。失敗したときはローカル音声が読み続けます。キーは設定ではなく、システムのキーチェーン(または非公開のファイル)に保存されます。</translation>
    </message>
    <message>
        <source>That is how it sounds.</source>
        <translation>このような声で読み上げます。</translation>
    </message>
    <message>
        <source>Speaking a sample…</source>
        <translation>サンプルを読み上げています…</translation>
    </message>
    <message>
        <source>&amp;Try this voice</source>
        <translation>この音声を試す(&amp;T)</translation>
    </message>
    <message>
        <source>Speak a sample sentence in the story language with these settings</source>
        <translation>この設定で、物語の言語のサンプル文を読み上げます</translation>
    </message>
    <message>
        <source>The local voice works offline and costs nothing. It sounds robotic; Japanese goes through a dictionary first, so kanji, numbers and dates are read as words. Leave a voice empty for the default shown in grey.</source>
        <translation>ローカルの声はオフラインで無料で使えます。機械的な声ですが、日本語はまず辞書を通すので、漢字や数字、日付も言葉として読みます。声を空欄にすると、灰色で表示された既定の声を使います。</translation>
    </message>
</context>
<context>
    <name>st::WebError</name>
    <message>
        <source>There is no web address to open. Type or paste one, like https://example.com/page.</source>
        <translation>開くウェブアドレスがありません。https://example.com/page のようなアドレスを入力するか、貼り付けてください。</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Check it — it should look like https://example.com/page — or paste the text instead.</source>
        <translation>「%1」はウェブアドレスではありません。https://example.com/page のような形になっているか確認するか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a file on your computer, not a web address. Open it as a file instead.</source>
        <translation>これはウェブアドレスではなく、このコンピューター上のファイルです。ファイルとして開いてください。</translation>
    </message>
    <message>
        <source>Storyteller opens only http:// and https:// addresses, not “%1:”. Save the page as a file and open that, or paste its text instead.</source>
        <translation>Storyteller が開けるのは http:// と https:// のアドレスだけで、「%1:」は開けません。ページをファイルとして保存して開くか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site sent Storyteller on from address to address more than %1 times. Open the page in a browser and copy its final address, or paste the text instead.</source>
        <translation>サイトが Storyteller を %1 回を超えて別のアドレスへ転送しました。ブラウザーでページを開いて最終的なアドレスをコピーするか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The secure page redirected to an insecure http:// address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>安全なページが、安全でない http:// のアドレスへリダイレクトしました。Storyteller はこのリダイレクトには従いません。ブラウザーでページを開いて、テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site redirected to a “%1:” address, which Storyteller does not follow. Open the page in a browser and paste its text instead.</source>
        <translation>サイトが「%1:」のアドレスへリダイレクトしました。Storyteller はこのリダイレクトには従いません。ブラウザーでページを開いて、テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The page is larger than %1, more than Storyteller reads. Copy the part you need and paste it instead.</source>
        <translation>ページが %1 を超えていて、Storyteller が読み込める大きさを超えています。必要な部分をコピーして貼り付けてください。</translation>
    </message>
    <message>
        <source>The site stopped sending the page before it was complete. Try again later, or paste the text instead.</source>
        <translation>ページの途中でサイトからの送信が止まりました。あとでもう一度試すか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site did not answer in time. Check your internet connection and the address, then try again.</source>
        <translation>サイトが時間内に応答しませんでした。インターネット接続とアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file “%1” has no text to read. Choose another file, or paste the text instead.</source>
        <translation>ファイル「%1」には読み取れるテキストがありません。別のファイルを選ぶか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The page has no text to read. Check the address, or paste the text instead.</source>
        <translation>ページに読み取れるテキストがありません。アドレスを確認するか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>This page needs JavaScript to show its text. Copy the article text and paste it instead.</source>
        <translation>このページは、テキストの表示に JavaScript が必要です。記事のテキストをコピーして貼り付けてください。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>停止しました。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>Storyteller could not read the file “%1” (%2). Check that it exists and that you may open it.</source>
        <translation>ファイル「%1」を読み込めませんでした（%2）。ファイルが存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The site says there is no such page (HTTP %1). Check the address.</source>
        <translation>サイトによると、そのページは存在しません（HTTP %1）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The site refused access to the page (HTTP %1): it may need a login or keep out automatic readers. Open it in a browser and paste the article text instead.</source>
        <translation>サイトがページへのアクセスを拒否しました（HTTP %1）。ログインが必要か、自動で読み取るプログラムを締め出しているのかもしれません。ブラウザーで開いて、記事のテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site is receiving too many requests (HTTP 429). Wait a few minutes and try again, or paste the text instead.</source>
        <translation>サイトへのリクエストが多すぎます（HTTP 429）。数分待ってからもう一度試すか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site had a problem (server error, HTTP %1). Try again later, or paste the text instead.</source>
        <translation>サイトで問題が発生しました（サーバーエラー、HTTP %1）。あとでもう一度試すか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The site answered with a redirect Storyteller cannot follow (HTTP %1). Open the page in a browser and copy its final address.</source>
        <translation>サイトが、Storyteller がたどれないリダイレクトを返しました（HTTP %1）。ブラウザーでページを開いて、最終的なアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP %1). Check the address, or paste the text instead.</source>
        <translation>サイトがリクエストを拒否しました（HTTP %1）。アドレスを確認するか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>This address is a PDF document, not a web page. Open it in a PDF reader, copy the text and paste it instead.</source>
        <translation>このアドレスはウェブページではなく PDF 文書です。PDF ビューアーで開いてテキストをコピーし、貼り付けてください。</translation>
    </message>
    <message>
        <source>This address is a picture (%1), not a page with text. Check the address.</source>
        <translation>このアドレスはテキストのあるページではなく、画像です（%1）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>This address is a recording (%1), not a page with text. Check the address.</source>
        <translation>このアドレスはテキストのあるページではなく、音声または動画です（%1）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>This address did not send a web page. Check the address, or paste the text instead.</source>
        <translation>このアドレスからはウェブページが送られてきませんでした。アドレスを確認するか、代わりにテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>This address is not a web page but “%1”. Storyteller reads web pages and plain text: open the document elsewhere and paste its text instead.</source>
        <translation>このアドレスはウェブページではなく「%1」です。Storyteller が読めるのはウェブページとプレーンテキストです。ほかのアプリで文書を開いて、テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Storyteller could not find the site “%1”. Check the address and your internet connection.</source>
        <translation>サイト「%1」が見つかりませんでした。アドレスとインターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The site “%1” refused the connection. Check the address, or try again later.</source>
        <translation>サイト「%1」が接続を拒否しました。アドレスを確認するか、あとでもう一度お試しください。</translation>
    </message>
    <message>
        <source>No secure connection to “%1” could be made (%2). Check the address, or open the page in a browser and paste its text instead.</source>
        <translation>「%1」と安全な接続ができませんでした（%2）。アドレスを確認するか、ブラウザーでページを開いてテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Storyteller could not load the page (%1). Check your internet connection and try again.</source>
        <translation>ページを読み込めませんでした（%1）。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The site sent the page too slowly to finish in time. Try again later, or paste the text instead.</source>
        <translation>サイトからのページの送信が遅すぎて、時間内に受け取れませんでした。あとでもう一度試すか、代わりに本文を貼り付けてください。</translation>
    </message>
</context>
</TS>
