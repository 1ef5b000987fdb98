// app_analysis.cpp — the analysis round trip, once per frame:
//   1. 300 ms after the last input change, send the input to the worker (web/bridge.js);
//   2. when a result is announced (np_app_on_result), take its parts a few per frame, within a
//      time budget, into a new view model; the old one stays on screen until the new is whole.
//      The page also calls take_parts() in short tasks between frames (web/bridge.js): where
//      frames are slow to paint (software GL), intake tied to frames alone took 100 s for a
//      result of a million segments.
#include <cstdlib>
#include <cstring>

#include "app.hpp"
#include "bridge.hpp"

namespace np::ui {

static constexpr double kDebounce = 0.3;       // seconds after the last change
static constexpr double kPartBudgetMs = 6.0;   // per frame, for taking in result parts

uint64_t request_analysis(App& a) {
    a.requested_gen = a.input_gen;
    a.request_painted = a.painting;
    bridge::begin_request(a.requested_gen, a.settings.keep_all);
    std::vector<std::shared_ptr<const std::string>> texts;
    for (const auto& d : a.input) {
        bridge::add_request_doc(d);
        texts.push_back(d.text ? d.text : std::make_shared<const std::string>());
    }
    a.sent_texts[a.requested_gen] = std::move(texts);
    // Only the latest request and the one on screen can still be needed.
    for (auto it = a.sent_texts.begin(); it != a.sent_texts.end();)
        it = (it->first < a.vm.generation && it->first != a.requested_gen) ? a.sent_texts.erase(it) : std::next(it);
    bridge::send_request();
    return a.requested_gen;
}

// A changed input goes to the workers once it has rested kDebounce (typing) and a painted frame
// has shown it: the frame that shows a pasted 10 MB text is then rastered before the workers
// take both cores. Where the canvas is painted in software, that frame rastered while they
// started took 100-120 ms; the request now comes from the next frame, which paints nothing
// (main.cpp).
bool request_if_due(App& a, double now) {
    if (a.input_gen == a.requested_gen || a.shown_input_gen != a.input_gen) return false;
    if (now - a.input_changed_at < kDebounce) return false;
    request_analysis(a);
    return true;
}

void pump_analysis(App& a) {
    request_if_due(a, ImGui::GetTime());
    take_parts(a, kPartBudgetMs, true);
}

// The last part ("end") makes the view model's indexes (VmBuilder::finish: tens of ms on a 10 MB
// paste). It waits for a call of its own rather than running after a full budget of parts,
// which made the longest task of an intake budget + finish. Held here until then (app code,
// one UI thread), with the generation it belongs to.
// A painted frame leaves it to the page's next task (bridge.js calls take_parts between frames
// while a result arrives) unless it has waited kEndWaitMs: a frame that made the indexes and
// then built and painted the new view (the article's blocks of a 10 MB text) was the longest
// frame of a large result; apart, the two are two shorter gaps.
static char* held_end = nullptr;
static uint64_t held_gen = 0;
static double held_at = 0;
static constexpr double kEndWaitMs = 100;

bool take_parts(App& a, double budget_ms, bool in_frame) {
    if (held_end && held_gen != a.builder.vm.generation) {  // a newer result replaced that one
        std::free(held_end);
        held_end = nullptr;
    }
    if (!a.builder.active()) return false;
    if (in_frame && held_end && bridge::now_ms() - held_at < kEndWaitMs) return true;
    double t0 = bridge::now_ms();
    int fed = 0;
    while (bridge::now_ms() - t0 < budget_ms) {
        const bool was_held = held_end != nullptr;
        char* part = held_end ? held_end : bridge::take_part();
        held_end = nullptr;
        if (!part) break;
        const size_t len = std::strlen(part);
        if ((fed > 0 || (in_frame && !was_held)) && len == 14 && std::strcmp(part, "{\"part\":\"end\"}") == 0) {
            held_end = part;
            held_gen = a.builder.vm.generation;
            held_at = bridge::now_ms();
            break;
        }
        ++fed;
        bool done = a.builder.feed(part, len);
        std::free(part);
        if (!done) continue;
        a.vm = std::move(a.builder.vm);
        a.builder.vm = ViewModel{};
        if (a.article.doc >= int(a.vm.docs.size())) a.article.doc = 0;
        a.article.selected_entity = -1;
        a.article.focus.clear();
        a.article.find_done.clear();  // recompute matches on the new text
        a.measures.selected = -1;
        a.selected_issue = a.selected_quote = -1;
        a.article.layout_key = ~0ull;
        if (!a.builder.error.empty()) {
            a.status = a.builder.error;
            a.status_error = true;
        } else if (!a.status_error) {
            a.status.clear();
        }
        bridge::shown(a.vm.generation);
        for (auto it = a.sent_texts.begin(); it != a.sent_texts.end();)
            it = it->first < a.vm.generation ? a.sent_texts.erase(it) : std::next(it);
        break;
    }
    return a.builder.active();
}

}  // namespace np::ui
