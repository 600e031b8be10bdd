#include "core/text/CharClass.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Block = CharClass::Block;

TEST(CharClassTest, BlocksOfKoreanJapaneseAndChinese)
{
    EXPECT_EQ(CharClass::block(U'한'), Block::HangulSyllables);
    EXPECT_EQ(CharClass::block(0x1100), Block::HangulJamo); // ᄀ choseong kiyeok
    EXPECT_EQ(CharClass::block(U'ㅎ'), Block::HangulCompatibilityJamo);
    EXPECT_EQ(CharClass::block(0xA960), Block::HangulJamoExtendedA);
    EXPECT_EQ(CharClass::block(0xD7B0), Block::HangulJamoExtendedB);
    EXPECT_EQ(CharClass::block(U'あ'), Block::Hiragana);
    EXPECT_EQ(CharClass::block(U'カ'), Block::Katakana);
    EXPECT_EQ(CharClass::block(U'ー'), Block::Katakana);
    EXPECT_EQ(CharClass::block(0x31F0), Block::KatakanaPhoneticExtensions); // ㇰ
    EXPECT_EQ(CharClass::block(U'ｶ'), Block::HalfwidthKatakana);
    EXPECT_EQ(CharClass::block(U'々'), Block::HanMarks);
    EXPECT_EQ(CharClass::block(U'漢'), Block::CjkUnifiedIdeographs);
    EXPECT_EQ(CharClass::block(0x3400), Block::CjkExtensionA);
    EXPECT_EQ(CharClass::block(0xF900), Block::CjkCompatibilityIdeographs);
    EXPECT_EQ(CharClass::block(0x20B9F), Block::SupplementaryIdeographicPlane); // 𠮟
    EXPECT_EQ(CharClass::block(0x30000), Block::TertiaryIdeographicPlane);
}

TEST(CharClassTest, EdgesOfTheBlocks)
{
    EXPECT_EQ(CharClass::block(0x10FF), Block::None);
    EXPECT_EQ(CharClass::block(0x11FF), Block::HangulJamo);
    EXPECT_EQ(CharClass::block(0x1200), Block::None);
    EXPECT_EQ(CharClass::block(0x3004), Block::None); // 〄
    EXPECT_EQ(CharClass::block(0x3008), Block::None); // 〈
    EXPECT_EQ(CharClass::block(0x303F), Block::None);
    EXPECT_EQ(CharClass::block(0x3100), Block::None);            // Bopomofo
    EXPECT_EQ(CharClass::block(0xD7A3), Block::HangulSyllables); // 힣
    EXPECT_EQ(CharClass::block(0xD7FF), Block::HangulJamoExtendedB);
    EXPECT_EQ(CharClass::block(0xFF65), Block::None); // ･ halfwidth middle dot
    EXPECT_EQ(CharClass::block(0xFF9F), Block::HalfwidthKatakana);
    EXPECT_EQ(CharClass::block(0xFFA0), Block::None); // halfwidth Hangul filler
    EXPECT_EQ(CharClass::block(0x1FFFF), Block::None);
    EXPECT_EQ(CharClass::block(0x2FFFF), Block::SupplementaryIdeographicPlane);
    EXPECT_EQ(CharClass::block(0x3134F), Block::TertiaryIdeographicPlane);
    EXPECT_EQ(CharClass::block(0x31350), Block::None);
    EXPECT_EQ(CharClass::block(0x10FFFF), Block::None);
}

TEST(CharClassTest, GroupsOfBlocks)
{
    for (const char32_t c : {U'한', U'ㅎ', char32_t(0x1100), char32_t(0xA960)}) {
        EXPECT_TRUE(CharClass::isHangul(c)) << int(c);
        EXPECT_FALSE(CharClass::isKana(c)) << int(c);
        EXPECT_FALSE(CharClass::isHan(c)) << int(c);
        EXPECT_TRUE(CharClass::isCjk(c)) << int(c);
    }
    for (const char32_t c : {U'あ', U'カ', U'ｶ', U'ー', char32_t(0x31F0)}) {
        EXPECT_TRUE(CharClass::isKana(c)) << int(c);
        EXPECT_FALSE(CharClass::isHangul(c)) << int(c);
        EXPECT_TRUE(CharClass::isCjk(c)) << int(c);
    }
    for (const char32_t c : {U'漢', U'々', U'〇', char32_t(0x3400), char32_t(0x20B9F)}) {
        EXPECT_TRUE(CharClass::isHan(c)) << int(c);
        EXPECT_FALSE(CharClass::isKana(c)) << int(c);
        EXPECT_TRUE(CharClass::isCjk(c)) << int(c);
    }
    for (const char32_t c : {U'a', U'é', U'1', U'。', U'「', U'Я', char32_t(0x1F30A)})
        EXPECT_FALSE(CharClass::isCjk(c)) << int(c);
}

TEST(CharClassTest, KanaLettersAreTheSyllablesOnly)
{
    EXPECT_TRUE(CharClass::isKanaLetter(U'ぁ'));
    EXPECT_TRUE(CharClass::isKanaLetter(U'が'));
    EXPECT_TRUE(CharClass::isKanaLetter(U'ゖ'));
    EXPECT_TRUE(CharClass::isKanaLetter(U'ァ'));
    EXPECT_TRUE(CharClass::isKanaLetter(U'ヺ'));
    EXPECT_FALSE(CharClass::isKanaLetter(0x3099)); // combining voiced sound mark
    EXPECT_FALSE(CharClass::isKanaLetter(U'゛'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'ゝ'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'ゟ'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'・'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'ー'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'ヿ'));
    EXPECT_FALSE(CharClass::isKanaLetter(U'ｶ'));
}

TEST(CharClassTest, ScriptsFollowTheLettersWhereverTheyAre)
{
    EXPECT_TRUE(CharClass::isHangulScript(U'한'));
    EXPECT_TRUE(CharClass::isHangulScript(U'㈀')); // parenthesized Hangul, outside the blocks
    EXPECT_TRUE(CharClass::isKanaScript(U'あ'));
    EXPECT_TRUE(CharClass::isKanaScript(U'ｶ'));
    EXPECT_TRUE(CharClass::isKanaScript(U'㌀')); // squared katakana
    EXPECT_TRUE(CharClass::isHanScript(U'漢'));
    EXPECT_TRUE(CharClass::isHanScript(U'⺀')); // a CJK radical
    EXPECT_FALSE(CharClass::isHanScript(U'あ'));
    EXPECT_FALSE(CharClass::isKanaScript(U'漢'));
    // Shared punctuation is script Common: in no script, though ー sits in the Katakana block.
    for (const char32_t c : {U'。', U'「', U'・', U'ー', U'a'})
        EXPECT_FALSE(CharClass::isCjkScript(c)) << int(c);
    EXPECT_TRUE(CharClass::isCjkScript(U'한'));
    EXPECT_TRUE(CharClass::isCjkScript(U'カ'));
    EXPECT_TRUE(CharClass::isCjkScript(U'漢'));
    EXPECT_EQ(CharClass::kProlongedSoundMark, U'ー');
}

} // namespace
} // namespace st
