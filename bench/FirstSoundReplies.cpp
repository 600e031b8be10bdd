#include "bench/FirstSoundReplies.h"

namespace st {

QString firstSoundReply(const QString& language)
{
    // A narrator's chapter, in our own words (the Flannan Isles lighthouse, December 1900).
    const QString english = QStringLiteral(
        "In December 1900, a relief boat set out for the Flannan Isles, a scatter of cliffs far "
        "to the west of the Outer Hebrides. Three keepers lived there, tending a lighthouse "
        "that had been lit for the first time only a year before. A passing steamer had "
        "reported that the light was dark on a stormy night in the middle of the month. Bad "
        "weather kept the boat in harbour for days, and it reached the island only on the "
        "twenty-sixth. Nobody waved to them from the landing. No flag flew on the staff, and "
        "the empty provision boxes had not been set out to be filled. Joseph Moore, the relief "
        "keeper, climbed the long stairway alone and found the gate and the door shut. Inside, "
        "the clock on the kitchen wall had stopped. The beds were made, the fire had long gone "
        "cold, and a chair lay on its side by the table. Two of the oilskin coats were gone "
        "from their pegs; the third still hung there. Moore searched every room and then the "
        "whole rock, and found no one. On the western landing the storm had done strange work. "
        "A box of ropes kept far above the sea had been torn from its crevice, and iron "
        "railings were bent as if by a giant hand. The last entries on the slate told of a "
        "gale, and then of calm. The keepers, James Ducat, Thomas Marshall and Donald "
        "MacArthur, were never seen again. The board that looked into the case decided that a "
        "great wave had swept them from the cliff while they tried to secure their gear. But "
        "people still ask why the third man left his coat behind, and why he ran out into the "
        "weather at all. What do you think happened on that rock?");

    // The same chapter in Japanese, in our own words.
    const QString japanese = QStringLiteral(
        "1900年12月、補給船がアウター・ヘブリディーズ諸島のはるか西にあるフラナン諸島へ向かいました"
        "。"
        "島には3人の灯台守が暮らし、前の年に初めて灯された灯台を守っていました。"
        "嵐の夜、通りかかった汽船が、灯台の明かりが消えていると知らせていました。"
        "悪天候のため船は何日も港を出られず、島に着いたのは26日のことでした。"
        "船着き場で手を振る者はいませんでした。"
        "旗竿に旗はなく、補給品を入れる空き箱も出されていませんでした。"
        "交代の灯台守ジョセフ・ムーアは、長い階段を一人で登り、門と扉が閉まっているのを見つけました"
        "。"
        "台所の時計は止まり、ベッドは整えられ、火はとうに消えていました。"
        "3着あった油布のコートのうち2着がなくなり、1着は掛かったままでした。"
        "ムーアは部屋を一つずつ探し、島じゅうを歩きましたが、誰も見つかりませんでした。"
        "あなたは、あの岩の上で何が起きたと思いますか？");
    return language == QLatin1String("ja") ? japanese : english;
}

} // namespace st
