// The OpenAI and Ollama stream decoders fed what real servers send now and then: nulls
// where numbers or strings belong, wrong types, numbers out of range, non-objects in lists.
// None may throw (an exception there ended the app in the middle of a reply); what can be
// read is read, the rest is left unset.
#include "core/llm/OllamaStreamDecoder.h"
#include "core/llm/OpenAiStreamDecoder.h"

#include <gtest/gtest.h>

namespace st {
namespace {

StreamDecoder::Output openAi(const QByteArray& data)
{
    OpenAiStreamDecoder decoder{QString()};
    return decoder.feed("data: " + data + "\n\n");
}

StreamDecoder::Output ollama(const QByteArray& line)
{
    OllamaStreamDecoder decoder{QString()};
    return decoder.feed(line + "\n");
}

TEST(StreamDecoderQuirksTest, OpenAiNullsAndWrongTypesAreSkipped)
{
    for (const char* chunk :
         {R"({"usage":{"prompt_tokens":null,"completion_tokens":null}})",
          R"({"usage":{"prompt_tokens":"12","completion_tokens":[1]}})",
          R"({"usage":{"prompt_tokens":1e300,"completion_tokens":-5}})", R"({"choices":[1]})",
          R"({"choices":[null, "x", [], {"index":null}]})", R"({"choices":[{"index":"0"}]})",
          R"({"choices":[{"index":1e300,"delta":{"content":"no"}}]})", R"({"choices":{"index":0}})",
          R"({"choices":[{"delta":[1]}]})",
          R"({"choices":[{"delta":{"content":null},"finish_reason":null}]})",
          R"({"choices":[{"delta":{"content":5},"finish_reason":7}]})"}) {
        StreamDecoder::Output out;
        ASSERT_NO_THROW(out = openAi(chunk)) << chunk;
        EXPECT_FALSE(out.error.isError()) << chunk;
        EXPECT_TRUE(out.deltas.isEmpty()) << chunk;
        EXPECT_EQ(out.usage.promptTokens, -1) << chunk;
        EXPECT_EQ(out.usage.completionTokens, -1) << chunk;
    }
}

TEST(StreamDecoderQuirksTest, OpenAiReadsWhatIsRightBesideWhatIsNot)
{
    const auto out =
        openAi(R"({"choices":[7,{"index":0.0,"delta":{"content":"Hi"},"finish_reason":"stop"}],)"
               R"("usage":{"prompt_tokens":12.0,"completion_tokens":null}})");
    EXPECT_EQ(out.deltas, QStringList{QStringLiteral("Hi")});
    EXPECT_EQ(out.finishReason, QStringLiteral("stop"));
    EXPECT_EQ(out.usage.promptTokens, 12);
    EXPECT_EQ(out.usage.completionTokens, -1);
}

TEST(StreamDecoderQuirksTest, OpenAiNumberOutOfRangeIsAMalformedStream)
{
    const auto out = openAi(R"({"usage":{"prompt_tokens":1e999}})");
    EXPECT_EQ(out.error.kind, LlmError::Kind::MalformedStream);
    const auto deep = openAi(QByteArray(5000, '[') + QByteArray(5000, ']'));
    EXPECT_EQ(deep.error.kind, LlmError::Kind::MalformedStream);
}

TEST(StreamDecoderQuirksTest, OllamaNullsAndWrongTypesAreSkipped)
{
    {
        const auto out = ollama(R"({"done":true,"done_reason":null})");
        EXPECT_TRUE(out.done);
        EXPECT_EQ(out.finishReason, QStringLiteral("stop"));
    }
    {
        const auto out = ollama(R"({"done":true,"prompt_eval_count":null,"eval_count":"3"})");
        EXPECT_TRUE(out.done);
        EXPECT_EQ(out.usage.promptTokens, -1);
        EXPECT_EQ(out.usage.completionTokens, -1);
    }
    {
        const auto out = ollama(R"({"done":true,"prompt_eval_count":1e300,"eval_count":4})");
        EXPECT_EQ(out.usage.promptTokens, -1);
        EXPECT_EQ(out.usage.completionTokens, 4);
    }
    for (const char* line : {R"({"done":"yes"})", R"({"done":null})", R"({"done":1})",
                             R"({"message":{"content":null}})", R"({"message":"hi"})"}) {
        StreamDecoder::Output out;
        ASSERT_NO_THROW(out = ollama(line)) << line;
        EXPECT_FALSE(out.done) << line;
        EXPECT_TRUE(out.deltas.isEmpty()) << line;
        EXPECT_FALSE(out.error.isError()) << line;
    }
    EXPECT_EQ(ollama(R"({"done":false,"x":1e999})").error.kind, LlmError::Kind::MalformedStream);
}

// A server that sends and sends without ending a line or an event: the buffers stop at
// their cap (8 MB), drop what they held, and the reply fails as malformed.
TEST(StreamDecoderQuirksTest, EndlessLinesAndEventsStopAtTheCap)
{
    const QByteArray mb(1024 * 1024, 'a');
    {
        OpenAiStreamDecoder decoder{QString()};
        StreamDecoder::Output out = decoder.feed("data: ");
        for (int i = 0; i < 9 && !out.error.isError(); ++i)
            out = decoder.feed(mb);
        EXPECT_EQ(out.error.kind, LlmError::Kind::MalformedStream);
        EXPECT_TRUE(out.error.serverMessage.contains(QStringLiteral("8 MB")));
    }
    {
        // Many short data lines in one event: the event's data is capped as well.
        OpenAiStreamDecoder decoder{QString()};
        const QByteArray line = "data: " + QByteArray(1000, 'b') + "\n";
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i)
            chunk += line;
        StreamDecoder::Output out;
        for (int i = 0; i < 10 && !out.error.isError(); ++i)
            out = decoder.feed(chunk);
        EXPECT_EQ(out.error.kind, LlmError::Kind::MalformedStream);
    }
    {
        OllamaStreamDecoder decoder{QString()};
        StreamDecoder::Output out;
        for (int i = 0; i < 9 && !out.error.isError(); ++i)
            out = decoder.feed(mb);
        EXPECT_EQ(out.error.kind, LlmError::Kind::MalformedStream);
    }
    // Under the cap nothing changes: a long (2 MB) delta arrives whole.
    OpenAiStreamDecoder decoder{QString()};
    const QByteArray text(2 * 1024 * 1024, 'c');
    const auto out =
        decoder.feed(R"(data: {"choices":[{"index":0,"delta":{"content":")" + text + "\"}}]}\n\n");
    EXPECT_FALSE(out.error.isError());
    ASSERT_EQ(out.deltas.size(), 1);
    EXPECT_EQ(out.deltas.first().size(), text.size());
}

} // namespace
} // namespace st
