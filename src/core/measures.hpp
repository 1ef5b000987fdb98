// measures.hpp — internal interface between measure mention finding (measures_find.cpp, the
// token scan, and measures_mention.cpp, the reading of each mention) and merging mentions into
// records (measures_merge.cpp).
#pragma once
#include <string>
#include <vector>

#include "summarize_view.hpp"

namespace np::measures {

// One mention of a trade measure in one sentence, with what that sentence says about it.
struct MeasureMention {
    uint32_t sent = 0;
    uint32_t t0 = 0, t1 = 0;        // evidence tokens (modifiers + trigger + object)
    uint32_t read_end = 0;          // past the levels read after the object (", rising to 50% on Jan. 1")
    std::string kind;               // tariff|export_control|ban|quota|sanction|purchase|deal|other
    std::string lemma;              // trigger head ("tariff", "levy", "ban"), for co-reference
    bool coref = false;             // "the levy", "such a tariff", "the measure"
    bool generic_coref = false;     // "the measure(s)", "the move": any kind
    bool fresh = false;             // "new", "further", "another": never an older record
    bool original = false;          // "the original duties": the earliest record it may be
    bool additional = false;        // "an additional 25% duty", "the extra levy": one added on top of another
    bool plural = false;            // its head word is plural ("the duties"): a coreference agrees in number
    bool background = false;        // pluperfect ("had halted"): history only, not status
    bool entered = false;           // "took effect", "came into force", "kicked in": its entry into force, done
    bool sequel = false;            // "cut them back to 30%": a later change of the measure before it
    bool kept = false;              // "would keep its counter-tariffs on steel": a governing keep/maintain/retain
    bool extends = false;           // "The 15% rate will also apply to cars": more goods of a measure named before
    bool exempted = false;          // "exempted smartphones from its tariffs": goods taken out of the measure
    bool others = false;            // "on most other countries": the rest of the world, no goods and no one target
    bool also_done = false;         // "Duties on coal were also raised": one more step of the measure before it
    bool remains = false;           // "Sanctions on X will remain in place": kept, said with remain/stay
    bool has_rate = false;
    double rate = 0;
    std::string unit;
    bool has_max = false;           // a range of rates: "between 15% and 41%" (rate is its low end)
    double max = 0;
    std::string direction;          // change direction or empty
    bool has_to = false, has_by = false;
    double to = 0, by = 0;
    int32_t imposer = -1, target = -1;  // View::keys index
    std::string goods, reason, time, condition;
    bool reason_from_cue = false;
    uint32_t reason_t0 = 0, reason_t1 = 0;  // the reason's tokens, when a cue gave it
    std::vector<std::string> goods_words;   // specific content words of goods (stemmed)
    std::string anaphor_goods;              // "the materials" resolved to an earlier good
    std::vector<std::string> anaphor_words;
    std::vector<uint32_t> reason_issues;    // issue ids found in the reason
    std::string status = "unknown";
    bool attrs() const {
        return has_rate || !direction.empty() || imposer >= 0 || target >= 0 || !goods.empty() || !reason.empty() ||
               !condition.empty() || !anaphor_goods.empty() || (kind == "deal" && status != "unknown");
    }
};

// Registers trigger nouns and measure verb forms in the models' word info (at load time).
void register_grammar(SummaryModels& m);

void find_mentions(const sv::View& v, std::vector<MeasureMention>& out);
// The trigger at token i as "kind/lemma[/verb][/flow]/len", or "" (tests: bits=false skips the
// word-class quick reject of trigger nouns, the plain path).
std::string trigger_for_test(const sv::View& v, uint32_t i, uint32_t end, bool bits);
// Token i's classes as measures_find tests them (1 boundary, 2 determiner, 4 preposition,
// 8 generic goods word, 16 auxiliary), by
// word-class bits (bits=true, what the stage uses with models loaded) or by the word lists.
unsigned word_classes_for_test(const sv::View& v, uint32_t i, bool bits);
void merge_mentions(const sv::View& v, std::vector<MeasureMention>& mentions, std::vector<Measure>& out);
// The country a person's mention speaks for by the title before it ("U.S. President X", "Chinese
// Commerce Minister Y"): the place or nationality key right before the title words, or -1.
int32_t title_country(const sv::View& v, const sv::ActorRef& person);

}  // namespace np::measures
