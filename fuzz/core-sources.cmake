# The part of core the fuzz targets reach (the #include closure of fuzz/*.cpp), without
# .cpp/.h: the fuzz build compiles only these, sanitized (a third of core, so CI's fuzz build
# stays short). A target that needs more fails to link, naming what to add here.
set(STORYTELLER_FUZZ_CORE_SOURCES
    create/CreateLog create/ImportFile llm/HttpErrorClassifier llm/LlmError llm/NdjsonParser
    llm/OllamaStreamDecoder llm/OpenAiStreamDecoder llm/SseParser llm/StreamDecoder
    match/ScoreParser reading/JapaneseNumbers reading/KoreanNumbers reading/NumberToken
    reading/SpanishNumbers script/Script script/ScriptJson script/ScriptMarkdownParser
    script/ScriptSection settings/Settings store/MessageRecord store/MessageStore
    store/ReplyVersions store/SessionImportError store/SessionJson store/SessionJsonFields
    store/SessionJsonReader store/StoreLog text/CharClass text/SentenceMarks
    text/SentenceSplitter text/TextLog tts/SpeechText tts/TtsLog util/JsonInput
    web/AppShellDetector web/ArticleCleaner web/ContentScorer web/DataTables web/DomBuilder
    web/DomTags web/DomTree web/HtmlDecoder web/HtmlExtractor web/MediaType web/NestingGuard
    web/NodePatterns web/PageFetcher web/PageMetadata web/PagePrep web/PageReader
    web/TextRenderer web/TextSimilarity web/TextStats web/TitleFinder web/WebError web/WebLog)
