#include "core/text/RequestWords.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(RequestWordsTest, ExitWordsInEveryLanguage)
{
    for (const QString& exit :
         {QStringLiteral("exit"), QStringLiteral("  Exit  "), QStringLiteral("EXIT!"),
          QStringLiteral("exit."), QStringLiteral("quit"), QStringLiteral("종료"),
          QStringLiteral(" 종료. "), QStringLiteral("끝"), QStringLiteral("終了"),
          QStringLiteral("終了。"), QStringLiteral("おわり"), QStringLiteral("「終わり」"),
          QStringLiteral("salir"), QStringLiteral("¡Salir!"), QStringLiteral(" SALIR "),
          QStringLiteral("fin"), QStringLiteral("\texit\n")})
        EXPECT_TRUE(RequestWords::isExit(exit)) << exit.toStdString();
}

TEST(RequestWordsTest, SentencesContainingExitWordsAreNotExit)
{
    for (const QString& text :
         {QString(), QStringLiteral("   "), QStringLiteral("I want to exit the ship"),
          QStringLiteral("how do I exit?"), QStringLiteral("exit wound"),
          QStringLiteral("종료된 이야기"), QStringLiteral("이야기가 끝나면 종료할게"),
          QStringLiteral("終了しました"), QStringLiteral("会議は終了した"),
          QStringLiteral("no quiero salir"), QStringLiteral("salir al mar"),
          QStringLiteral("exits"), QStringLiteral("the end")})
        EXPECT_FALSE(RequestWords::isExit(text)) << text.toStdString();
}

TEST(RequestWordsTest, ExitWordShownPerLanguageIsRecognized)
{
    EXPECT_EQ(RequestWords::exitWord(QStringLiteral("en")), QStringLiteral("exit"));
    EXPECT_EQ(RequestWords::exitWord(QStringLiteral("ko")), QStringLiteral("종료"));
    EXPECT_EQ(RequestWords::exitWord(QStringLiteral("ja")), QStringLiteral("おわり"));
    EXPECT_EQ(RequestWords::exitWord(QStringLiteral("es")), QStringLiteral("salir"));
    EXPECT_EQ(RequestWords::exitWord(QStringLiteral("fr")), QStringLiteral("exit"));
    for (const char* language : {"en", "ko", "ja", "es"})
        EXPECT_TRUE(RequestWords::isExit(RequestWords::exitWord(QString::fromLatin1(language))));
}

TEST(RequestWordsTest, AnythingInEveryLanguage)
{
    for (const QString& any :
         {QStringLiteral("anything"), QStringLiteral("Anything!"), QStringLiteral(" ANYTHING "),
          QStringLiteral("tell me anything"), QStringLiteral("Tell me anything, please."),
          QStringLiteral("surprise me"), QStringLiteral("random"), QStringLiteral("아무거나"),
          QStringLiteral("아무거나 들려줘"), QStringLiteral("아무거나!"),
          QStringLiteral("なんでも"), QStringLiteral("何でも"), QStringLiteral("なんでも話して"),
          QStringLiteral("おまかせ"), QStringLiteral("cualquiera"), QStringLiteral("Cualquiera."),
          QStringLiteral("cuéntame cualquier cosa"), QStringLiteral("lo que sea")})
        EXPECT_TRUE(RequestWords::isAnything(any)) << any.toStdString();
}

TEST(RequestWordsTest, NamedRequestsAreNotAnything)
{
    for (const QString& text :
         {QString(), QStringLiteral("the Mary Celeste"),
          QStringLiteral("anything about the Mary Celeste"), QStringLiteral("Roanoke"),
          QStringLiteral("메리 셀레스트호 이야기"), QStringLiteral("ツングースカ大爆発"),
          QStringLiteral("la colonia perdida de Roanoke"), QStringLiteral("exit")})
        EXPECT_FALSE(RequestWords::isAnything(text)) << text.toStdString();
}

TEST(RequestWordsTest, StripFillerKeepsTheSubject)
{
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("tell me the story of the Mary Celeste")),
              QStringLiteral("Mary Celeste"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("Please, tell me about Roanoke!")),
              QStringLiteral("Roanoke"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("메리 셀레스트호 이야기 들려줘")),
              QStringLiteral("메리 셀레스트호"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("퉁구스카 대폭발에 대해 이야기해줘")),
              QStringLiteral("퉁구스카 대폭발"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("ツングースカ大爆発の話を聞かせて")),
              QStringLiteral("ツングースカ大爆発"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("cuéntame la historia de Roanoke")),
              QStringLiteral("Roanoke"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("Cuéntame la historia del Mary Celeste")),
              QStringLiteral("Mary Celeste"));
    EXPECT_EQ(RequestWords::stripFiller(QStringLiteral("the Tunguska event of 1908")),
              QStringLiteral("Tunguska event 1908"));
    EXPECT_TRUE(RequestWords::stripFiller(QStringLiteral("tell me the story")).isEmpty());
    EXPECT_TRUE(RequestWords::stripFiller(QString()).isEmpty());
}

} // namespace
} // namespace st
