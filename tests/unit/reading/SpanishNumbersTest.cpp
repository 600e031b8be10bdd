#include "core/reading/SpanishNumbers.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace st;

TEST(SpanishNumbersTest, Ordinals)
{
    EXPECT_EQ(SpanishNumbers::ordinal(1, false), QStringLiteral("primero"));
    EXPECT_EQ(SpanishNumbers::ordinal(2, true), QStringLiteral("segunda"));
    EXPECT_EQ(SpanishNumbers::ordinal(13, false), QStringLiteral("decimotercero"));
    EXPECT_EQ(SpanishNumbers::ordinal(21, false), QStringLiteral("vigésimo primero"));
    EXPECT_EQ(SpanishNumbers::ordinal(31, true), QStringLiteral("trigésima primera"));
    EXPECT_EQ(SpanishNumbers::ordinal(100, false), QStringLiteral("centésimo"));
    EXPECT_EQ(SpanishNumbers::ordinal(0, false), QString());
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el 1.º de mayo")),
              QStringLiteral("el primero de mayo"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("la 2.ª ola")), QStringLiteral("la segunda ola"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el 3.er piso")),
              QStringLiteral("el tercer piso"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("del 31.º Regimiento")),
              QStringLiteral("del trigésimo primer Regimiento"));
}

TEST(SpanishNumbersTest, CardinalsAgreeWithTheirNoun)
{
    EXPECT_EQ(SpanishNumbers::cardinal(1, false), QStringLiteral("un"));
    EXPECT_EQ(SpanishNumbers::cardinal(21, false), QStringLiteral("veintiún"));
    EXPECT_EQ(SpanishNumbers::cardinal(21, true), QStringLiteral("veintiuna"));
    EXPECT_EQ(SpanishNumbers::cardinal(100, true), QStringLiteral("cien"));
    EXPECT_EQ(SpanishNumbers::cardinal(101, false), QStringLiteral("ciento un"));
    EXPECT_EQ(SpanishNumbers::cardinal(200, true), QStringLiteral("doscientas"));
    EXPECT_EQ(SpanishNumbers::cardinal(1701, false), QStringLiteral("mil setecientos un"));
    EXPECT_EQ(SpanishNumbers::cardinal(2900, true), QStringLiteral("dos mil novecientas"));
    EXPECT_EQ(SpanishNumbers::cardinal(1000000, false), QStringLiteral("un millón"));
    EXPECT_EQ(SpanishNumbers::cardinal(201000000, true), QStringLiteral("doscientos un millones"));
    EXPECT_TRUE(SpanishNumbers::isFeminine(QStringLiteral("personas")));
    EXPECT_TRUE(SpanishNumbers::isFeminine(QStringLiteral("naciones")));
    EXPECT_TRUE(SpanishNumbers::isFeminine(QStringLiteral("noches")));
    EXPECT_FALSE(SpanishNumbers::isFeminine(QStringLiteral("días")));
    EXPECT_FALSE(SpanishNumbers::isFeminine(QStringLiteral("barcos")));

    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("1 hora y 1 barco")),
              QStringLiteral("una hora y un barco"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("31 días, 21 personas, 200 toneladas")),
              QStringLiteral("treinta y un días, veintiuna personas, doscientas toneladas"));
    // Not before their noun: left to espeak-ng.
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el 1 de junio")),
              QStringLiteral("el 1 de junio"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el 727 tenía")), QStringLiteral("el 727 tenía"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("en 1971 se automatizó")),
              QStringLiteral("en 1971 se automatizó"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("32 metros")), QStringLiteral("32 metros"));
}

TEST(SpanishNumbersTest, UnitsAbbreviationsAndKings)
{
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("a 20 km de la costa")),
              QStringLiteral("a 20 kilómetros de la costa"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("1 km/h")),
              QStringLiteral("un kilómetro por hora"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("a 40 °C")), QStringLiteral("a 40 grados"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("unos 15° al norte")),
              QStringLiteral("unos 15 grados al norte"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el 45 a. C., Roma")),
              QStringLiteral("el 45 antes de Cristo, Roma"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("en el 600 d. C. Luego")),
              QStringLiteral("en el 600 después de Cristo. Luego"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el s. XIX")), QStringLiteral("el siglo XIX"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("el n.º 5")), QStringLiteral("el número 5"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("Enrique II y Carlos V")),
              QStringLiteral("Enrique segundo y Carlos quinto"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("Luis XIV")), QStringLiteral("Luis XIV"));
    EXPECT_EQ(SpanishNumbers::read(QStringLiteral("Ancient X-Files")),
              QStringLiteral("Ancient X-Files"));
}
