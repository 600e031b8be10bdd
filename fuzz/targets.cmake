# The fuzz targets: fuzz/NAME_fuzz.cpp each, replayed by tests/fuzz over
# tests/data/fuzz-regressions/NAME/.
set(STORYTELLER_FUZZ_TARGETS
    sse_parser
    ndjson_parser
    openai_stream
    ollama_stream
    html_decoder
    html_extractor
    script_json
    script_markdown
    import_file
    session_json
    score_parser
    sentence_splitter
    speech_text
    number_reading)
