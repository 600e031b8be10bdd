# The part of core the fuzz targets reach (the #include closure of fuzz/*.cpp), without
# .cpp/.h: the fuzz build compiles only these, sanitized (a third of core, so CI's fuzz build
# stays short). A target that needs more fails to link, naming what to add here.
set(STORYTELLER_FUZZ_CORE_SOURCES
    library/ImportFile library/LibraryLog
    llm/HttpErrorClassifier llm/LlmError llm/NdjsonParser llm/OllamaStreamDecoder
    llm/OpenAiStreamDecoder llm/SseParser
    settings/Settings
    store/MessageRecord store/MessageStore store/ReplyVersions store/SessionImportError
    store/SessionJson store/SessionJsonFields store/SessionJsonReader store/StoreLog
    story/ScoreParser story/Script story/ScriptJson story/ScriptMarkdownParser
    story/ScriptSection
    tts/SentenceMarks tts/SentenceSplitter tts/SpeechText tts/TtsLog
    web/AppShellDetector web/ArticleCleaner web/ContentScorer web/DataTables web/DomBuilder
    web/DomTags web/DomTree web/HtmlDecoder web/HtmlExtractor web/MediaType web/NestingGuard
    web/NodePatterns web/PageFetcher web/PageMetadata web/PagePrep web/PageReader
    web/TextRenderer web/TextSimilarity web/TextStats web/TitleFinder web/WebError
    web/WebLog
    util/JsonInput)
