// test_entities_datelines.cpp — a name in capitals opening a story's dateline ("GYEONGJU, South
// Korea, Nov 1 (Reuters) -", "ZHONGSHAN, Nov 3 -", "HUANGPU (AP) —") is a place, however the
// tagger read a city no gazetteer knows; a name in capitals before a comma without a dateline
// shape stays what it was.
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("entities: the name opening a dateline is a place") {
    for (const char* text : {"KELVORNBURG, South Korea, Nov 1 (Reuters) - Leaders met on Saturday.",
                             "KELVORNBURG, Nov 3 (Reuters) - Leaders met on Saturday.",
                             "KELVORNBURG, Nov 3 - Leaders met on Saturday.",
                             "KELVORNBURG (AP) \xE2\x80\x94 Leaders met on Saturday."}) {
        auto a = np::test::analyze_text(text);
        CHECK_MESSAGE(has_mention(a.documents[0], EntityType::GPE, "KELVORNBURG"), text);
    }
    auto b = np::test::analyze_text("IBM, the computer maker, said on Nov 3 - a Monday - that it would hire.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::GPE, "IBM"));
}
