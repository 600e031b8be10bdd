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

} // namespace
} // namespace st
