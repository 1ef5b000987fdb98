// boilerplate_context.cpp — find_boilerplate(): what a line is in its place on the page, from
// the classes classify_line() gave each line on its own (boilerplate.cpp) and the lines around
// it: a marker line and the link titles under it, everything after the article's last real
// paragraph, runs of link titles, a menu at the top, bylines and timestamps above the article,
// the writer's note at its end. Once per document over its lines, not per word: built for size
// in WebAssembly (CMakeLists.txt).
#include <algorithm>
#include <cstring>
#include <cctype>
#include <string>

#include "dedup_parts.hpp"
#include "stage_inputs.hpp"
#include "text.hpp"

namespace np::dd {

using text::ascii_iequals;

namespace {

// The words of a paragraph, split on spaces (at most `max`; `more` set when there are more).
int split_words(std::string_view t, std::string_view* out, int max, bool& more) {
    int n = 0;
    more = false;
    size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
        size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '\r') ++j;
        if (j == i) break;
        if (n == max) { more = true; break; }
        out[n++] = t.substr(i, j - i);
        i = j;
    }
    return n;
}

// "Jane Morrow is the Ottawa correspondent. She has covered Parliament since 2014." / "John Doe
// covers trade for Example News.": the writer's note under an article. A name of two to four
// capitalized words opens it, then "is"/"covers"/"writes"/"reports" and, after "is", a word of
// the trade within eight words; the whole note is short (at most 45 words). When the page's
// byline names the same person ("By Jane Morrow"), that is enough; when it does not, the word of
// the trade is needed either way ("Ann Lee is the company's chief executive." is article text).
bool author_note(std::string_view t, std::string_view byline) {
    // (most last paragraphs have no such verb after a short name: no split)
    if (t.size() < 12 || t[0] < 'A' || t[0] > 'Z') return false;
    const std::string_view head = t.substr(0, 60);
    if (head.find(" is ") == std::string_view::npos && head.find(" covers ") == std::string_view::npos &&
        head.find(" writes ") == std::string_view::npos && head.find(" reports ") == std::string_view::npos)
        return false;
    std::string_view w[48];
    bool more = false;
    const int n = split_words(t, w, 46, more);
    if (more || n < 4 || n > 45) return false;
    int name = 0;
    while (name < n && name < 4 && !w[name].empty() && w[name][0] >= 'A' && w[name][0] <= 'Z') ++name;
    if (name < 2 || name >= n) return false;
    const std::string_view verb = w[name];
    const bool is = verb == "is";
    if (!is && verb != "covers" && verb != "writes" && verb != "reports") return false;
    static constexpr std::string_view kTrade[] = {"correspondent", "reporter", "editor", "writer", "journalist",
        "columnist", "contributor", "producer", "correspondent.", "reporter.", "editor.", "writer.", "journalist.",
        "columnist.", "contributor.", "producer."};
    bool trade = !is;
    for (int k = name + 1; k < n && k <= name + 8 && !trade; ++k)
        for (std::string_view x : kTrade) trade = trade || text::ascii_iequals(w[k], x);
    if (!trade) return false;
    if (byline.empty()) return true;
    // (with a byline, its name: the note is about the article's own writer)
    for (int k = 0; k < name; ++k)
        if (byline.find(w[k]) == std::string_view::npos) return false;
    return true;
}

}  // namespace

void find_boilerplate(Document& doc, const std::vector<SegFeatures>& f, const std::vector<LineClass>& cls) {
    const uint32_t n = uint32_t(doc.segments.size());
    if (n == 0) return;

    auto mark = [&](uint32_t i, SegmentKind kind, ReasonCode reason, uint32_t arg = 0) {
        Segment& s = doc.segments[i];
        if (s.status == SegmentStatus::boilerplate) return;
        s.status = SegmentStatus::boilerplate;
        s.kind = kind;
        s.reason = reason;  // spelled out by segment_reason()
        s.reason_a = arg;
    };
    // The article's end: the last real paragraph (not chrome). -1 when there is none.
    int64_t article_end = -1, article_start = -1;
    for (uint32_t i = 0; i < n; ++i) {
        if (!f[i].body || cls[i] != LineClass::none) continue;
        if (article_start < 0) article_start = i;
        article_end = i;
    }
    // The writer's note closing the article is no article text (a byline of its own).
    if (article_end > article_start) {
        const Segment& last = doc.segments[size_t(article_end)];
        std::string_view byline;
        for (uint32_t i = 0; i < uint32_t(article_end) && byline.empty(); ++i)
            if (cls[i] == LineClass::metadata && doc.segments[i].end - doc.segments[i].start > 3 &&
                doc.text.compare(doc.segments[i].start, 3, "By ") == 0)
                byline = std::string_view(doc.text).substr(doc.segments[i].start, doc.segments[i].end - doc.segments[i].start);
        if (author_note(std::string_view(doc.text).substr(last.start, last.end - last.start), byline)) {
            mark(uint32_t(article_end), SegmentKind::metadata, ReasonCode::metadata);
            int64_t e = article_end - 1;
            while (e >= article_start && !(f[size_t(e)].body && cls[size_t(e)] == LineClass::none &&
                                           doc.segments[size_t(e)].status != SegmentStatus::boilerplate))
                --e;
            article_end = e;
        } else if (const uint32_t next = uint32_t(article_end) + 1; next < n && cls[next] == LineClass::none) {
            // ("Elena Ruiz is a business reporter covering Latin America.": a note too short for a
            // paragraph of the body, right after the last one)
            const Segment& note = doc.segments[next];
            if (author_note(std::string_view(doc.text).substr(note.start, note.end - note.start), byline))
                mark(next, SegmentKind::metadata, ReasonCode::metadata);
        }
    }
    // Single lines.
    for (uint32_t i = 0; i < n; ++i) {
        switch (cls[i]) {
            case LineClass::list_marker:
                // ("WHAT'S NEXT" over a paragraph of the explainer: a question's section heading,
                // not the marker of a link list)
                if (i + 1 < n && f[i + 1].body && cls[i + 1] == LineClass::none &&
                    ascii_iequals(std::string_view(doc.text).substr(doc.segments[i].start, 4), "what"))
                    break;
                mark(i, SegmentKind::boilerplate, ReasonCode::bp_marker); break;
            case LineClass::marker_link:
                mark(i, SegmentKind::boilerplate, ReasonCode::bp_marker_link); break;
            case LineClass::chrome:
                mark(i, SegmentKind::boilerplate, ReasonCode::bp_chrome); break;
            case LineClass::copyright:
                mark(i, SegmentKind::boilerplate, ReasonCode::bp_copyright); break;
            case LineClass::metadata:
                mark(i, SegmentKind::metadata, ReasonCode::metadata); break;
            case LineClass::menu:
                mark(i, SegmentKind::boilerplate, ReasonCode::bp_menu); break;
            case LineClass::none: break;
        }
    }
    // A press release's closing sections under their headings, after the news: "About Fabrikam
    // Holdings" over the paragraph that describes the company ("Fabrikam Holdings is a leading
    // maker of ..."), and "Forward-Looking Statements" (or "Safe Harbor Statement", "Cautionary
    // Statement") over the legal notice that says "forward-looking". The heading and the
    // paragraphs under it, up to the next heading, go. (Not an article's own "About the
    // author"-less heading: the paragraph must open with the heading's name, or name the notice.)
    for (uint32_t i = 1; i + 1 < n; ++i) {
        if (article_start < 0 || int64_t(i) <= article_start || !f[i].title_like || f[i].words < 2 || f[i].words > 8 ||
            doc.segments[i].status != SegmentStatus::kept)
            continue;
        const std::string_view h = std::string_view(doc.text).substr(doc.segments[i].start,
                                                                     doc.segments[i].end - doc.segments[i].start);
        const auto next_text = [&](uint32_t k) {
            return std::string_view(doc.text).substr(doc.segments[k].start, doc.segments[k].end - doc.segments[k].start);
        };
        const std::string_view body = next_text(i + 1);
        bool section = false;
        if (h.size() > 6 && h.compare(0, 6, "About ") == 0 && h[6] >= 'A' && h[6] <= 'Z') {
            std::string_view name = h.substr(6);
            if (name.compare(0, 4, "the ") == 0) name.remove_prefix(4);
            const size_t sp = name.find(' ');
            const std::string_view first = name.substr(0, sp);  // (the name's first word opens the paragraph)
            // (and says what it is: "X is a leading maker", "X, a unit of Y,")
            const std::string_view head = body.substr(0, 160);
            section = first.size() >= 2 && body.size() > first.size() && body.compare(0, first.size(), first) == 0 &&
                      (body[first.size()] == ' ' || body[first.size()] == ',' || body[first.size()] == '\'') &&
                      (head.find(" is a ") != std::string_view::npos || head.find(" is an ") != std::string_view::npos ||
                       head.find(" is the ") != std::string_view::npos || head.find(", a ") != std::string_view::npos ||
                       head.find(", an ") != std::string_view::npos);
        } else {
            std::string low(h);
            for (char& c : low) c = char(std::tolower(static_cast<unsigned char>(c)));
            if (low.find("forward-looking statement") != std::string::npos || low.find("safe harbor") != std::string::npos ||
                low.find("cautionary statement") != std::string::npos || low.find("cautionary note") != std::string::npos) {
                std::string b(body.substr(0, 400));
                for (char& c : b) c = char(std::tolower(static_cast<unsigned char>(c)));
                section = b.find("forward-looking") != std::string::npos;
            }
        }
        if (!section) continue;
        mark(i, SegmentKind::boilerplate, ReasonCode::bp_press_release);
        uint32_t k = i + 1;
        for (; k < n && !(f[k].title_like && f[k].words <= 8 && k > i + 1); ++k)
            mark(k, SegmentKind::boilerplate, ReasonCode::bp_press_release);
        i = k - 1;
    }
    // Link titles after a marker, until a real paragraph.
    // (Two segments with no blank line between them are lines of one block.)
    const auto one_block = [&](uint32_t a, uint32_t b) {
        int breaks = 0;
        for (uint32_t p = doc.segments[a].end; p < doc.segments[b].start && breaks < 2; ++p)
            breaks += doc.text[p] == '\n';
        return breaks < 2;
    };
    // A byline without "By" and the writer's place, each a line of its own right above a
    // timestamp in the same block, before the article ("Emma Vogel\nBrussels\nPublished: 14
    // October 2025 06:12 GMT"): metadata, as the timestamp is. Up to two lines of at most four
    // capitalized words (a headline is longer, and has a blank line under it).
    // (or "Thu Nguyen in Hanoi and Daniel Brooks in Washington": names and places, "in" and
    // "and" between them; `connectors` counts the lowercase words, which must be those two)
    const auto capitalized_words = [&](uint32_t k, int& connectors) {
        const Segment& g = doc.segments[k];
        bool word_start = true;
        connectors = 0;
        for (uint32_t p = g.start; p < g.end; ++p) {
            const unsigned char c = static_cast<unsigned char>(doc.text[p]);
            if (c == ' ' || c == '\t' || c == ',') { word_start = true; continue; }
            if (word_start && c < 0x80 && !(c >= 'A' && c <= 'Z')) {
                const std::string_view rest = std::string_view(doc.text).substr(p, g.end - p);
                const bool in = rest.starts_with("in ") && p > g.start, both = rest.starts_with("and ") && p > g.start;
                if (!in && !both) return false;
                ++connectors;
                p += in ? 1 : 2;
                word_start = false;
                continue;
            }
            word_start = false;
        }
        return true;
    };
    const auto byline_of_places = [&](uint32_t k) {
        const Segment& g = doc.segments[k];
        return std::string_view(doc.text).substr(g.start, g.end - g.start).find(" in ") != std::string_view::npos;
    };
    // (or a writer's job line under the name: "Theo Marsh\nBusiness reporter, BBC News"; the job
    // line at most eight words, a journalist's job among them, no sentence)
    const auto job_line = [&](uint32_t k) {
        if (cls[k] != LineClass::none || f[k].words == 0 || f[k].words > 8 || f[k].terminal || f[k].prose ||
            doc.segments[k].status != SegmentStatus::kept)
            return false;
        const Segment& g = doc.segments[k];
        const std::string_view t = std::string_view(doc.text).substr(g.start, g.end - g.start);
        for (const char* job : {"reporter", "correspondent", "editor", "writer", "journalist", "columnist"})
            for (size_t at = t.find(job); at != std::string_view::npos; at = t.find(job, at + 1)) {
                const size_t e = at + std::strlen(job);
                if ((at == 0 || t[at - 1] == ' ') && (e == t.size() || t[e] == ' ' || t[e] == ',' || t[e] == 's'))
                    return true;
            }
        return false;
    };
    for (uint32_t i = 1; i < n; ++i) {
        if (article_start >= 0 && int64_t(i) > article_start) continue;
        if (cls[i] != LineClass::metadata) {
            if (!job_line(i) || !one_block(i - 1, i)) continue;
            int connectors = 0;
            const uint32_t k = i - 1;
            if (k == 0 || cls[k] != LineClass::none || !f[k].title_like || f[k].words == 0 || f[k].words > 4 ||
                !capitalized_words(k, connectors) || connectors)
                continue;
            mark(i, SegmentKind::metadata, ReasonCode::metadata);
        }
        // (never the document's first line: a short headline right above its timestamp)
        for (uint32_t j = i, lines = 0; j > 1 && lines < 2; --j, ++lines) {
            const uint32_t k = j - 1;
            int connectors = 0;
            if (cls[k] != LineClass::none || doc.segments[k].status != SegmentStatus::kept || !f[k].title_like ||
                f[k].words == 0 || f[k].words > 12 || !one_block(k, j) || !capitalized_words(k, connectors) ||
                (connectors == 0 ? f[k].words > 4 : !byline_of_places(k)))
                break;
            mark(k, SegmentKind::metadata, ReasonCode::metadata);
        }
    }
    // A picture's caption right under its credit, in the credit's block ("Getty Images\nA
    // steelworker at a plant in Port Talbot, Wales", as a copied page puts them): metadata, as
    // the credit is. One line of at most 30 words that is no body paragraph.
    for (uint32_t i = 0; i + 1 < n; ++i) {
        if (cls[i] != LineClass::metadata || cls[i + 1] != LineClass::none || !one_block(i, i + 1) || f[i + 1].body ||
            f[i + 1].words == 0 || f[i + 1].words > 30 || doc.segments[i + 1].status != SegmentStatus::kept)
            continue;
        const Segment& g = doc.segments[i];
        std::string_view t = std::string_view(doc.text).substr(g.start, g.end - g.start);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
        const size_t sp = t.find_last_of(' ');
        const std::string_view last = sp == std::string_view::npos ? t : t.substr(sp + 1);
        if (!(text::ascii_iequals(last, "images") || text::ascii_iequals(last, "pictures") ||
              text::ascii_iequals(last, "photo") || text::ascii_iequals(last, "photos")))
            continue;
        mark(i + 1, SegmentKind::metadata, ReasonCode::metadata);
    }
    // A newsletter's pitch inside its sign-up form: "Sign up to X" / "Free daily newsletter" /
    // "Get set for the working day - we'll point you to the news you need every morning" /
    // "Privacy Notice: ...". A line that speaks to the reader ("you", "your"), between a
    // newsletter's line above and chrome below, all in one block.
    for (uint32_t i = 1; i + 1 < n; ++i) {
        if (cls[i] != LineClass::none || cls[i - 1] != LineClass::chrome || cls[i + 1] != LineClass::chrome ||
            f[i].words > 40 || !one_block(i - 1, i) || !one_block(i, i + 1))
            continue;
        const auto has_word = [&](uint32_t k, std::string_view lower) {
            const Segment& g = doc.segments[k];
            const std::string_view t = std::string_view(doc.text).substr(g.start, g.end - g.start);
            for (size_t p = 0; p + lower.size() <= t.size(); ++p)
                if (text::ascii_iequals(t.substr(p, lower.size()), lower) &&
                    (p == 0 || !std::isalpha(static_cast<unsigned char>(t[p - 1]))) &&
                    (p + lower.size() == t.size() || !std::isalpha(static_cast<unsigned char>(t[p + lower.size()]))))
                    return true;
            return false;
        };
        if ((has_word(i - 1, "newsletter") || has_word(i - 1, "newsletters") || has_word(i - 1, "sign")) &&
            (has_word(i, "you") || has_word(i, "your")))
            mark(i, SegmentKind::boilerplate, ReasonCode::bp_chrome);
    }
    // Share buttons as lines of their own under a share line: "Share this article" / "Facebook" /
    // "X" / "LinkedIn" / "Email". A line of one to three network names in the block of a chrome
    // line right above it (or of such a line): alone, "Facebook" names no chrome ("Facebook" may
    // head a section about the company), so classify_line() leaves it.
    static constexpr std::string_view kNetworks[] = {"facebook", "x", "twitter", "linkedin", "whatsapp", "reddit",
        "pinterest", "telegram", "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "messenger",
        "flipboard", "email", "e-mail", "print", "sms", "copy", "link"};
    const auto network_line = [&](uint32_t i) {
        if (f[i].words == 0 || f[i].words > 3) return false;
        const Segment& g = doc.segments[i];
        std::string_view w[4];
        bool more = false;
        const int k = split_words(std::string_view(doc.text).substr(g.start, g.end - g.start), w, 3, more);
        if (more || k == 0) return false;
        for (int q = 0; q < k; ++q) {
            bool known = false;
            for (std::string_view net : kNetworks) known = known || text::ascii_iequals(w[q], net);
            if (!known) return false;
        }
        return true;
    };
    for (uint32_t i = 1; i < n; ++i)
        if (cls[i] == LineClass::none && doc.segments[i - 1].status == SegmentStatus::boilerplate &&
            doc.segments[i - 1].reason == ReasonCode::bp_chrome && one_block(i - 1, i) && network_line(i))
            mark(i, SegmentKind::boilerplate, ReasonCode::bp_chrome);
    // A one-word marker closing a menu's block before the article ("World\nBusiness\nMarkets\n
    // More"): a menu item, no list of links after it (the section name and headline under it
    // were taken for its links).
    const auto menu_item = [&](uint32_t i) {
        if (f[i].words != 1 || (article_start >= 0 && int64_t(i) > article_start)) return false;
        uint32_t above = 0;
        for (uint32_t k = i; k > 0 && one_block(k - 1, k) && f[k - 1].title_like && f[k - 1].words <= 3; --k) ++above;
        return above >= 2;
    };
    for (uint32_t i = 0; i < n; ++i) {
        if (cls[i] != LineClass::list_marker || menu_item(i)) continue;
        for (uint32_t j = i + 1; j < n; ++j) {
            if (cls[j] != LineClass::none) continue;  // other chrome inside the list
            if (!(f[j].title_like || f[j].title_lines ||
                  (doc.segments[j].kind == SegmentKind::list_item && f[j].words <= 25)))
                break;
            // A title followed by a body paragraph is a section heading, not a link (a byline or
            // timestamp between them aside: a repeated copy's headline) — unless it is a line of
            // the marker's own block, right under the marker or a link of it ("Read more:\n
            // <title>\n<title>\n\n<paragraph>": a heading has a blank line before it).
            uint32_t k = j + 1;
            while (k < n && cls[k] == LineClass::metadata) ++k;
            const bool in_list = (j == i + 1 || doc.segments[j - 1].reason == ReasonCode::bp_list_title) && one_block(j - 1, j);
            if (k < n && f[k].body && cls[k] == LineClass::none && int64_t(j) < article_end && !in_list) break;
            mark(j, SegmentKind::boilerplate, ReasonCode::bp_list_title, i);
        }
    }
    // After the article's end: titles and short non-paragraph lines, but not a short closing
    // sentence ("Shares of Acme fell 9% after the announcement.": a sentence, not a link title).
    // Nor an explainer's last question over the short answer under it ("What happens next?" /
    // "The EU said it was ready to respond."): a title with that closing sentence right after
    // it, a blank line between, is its heading.
    // Nor a sentence that ends with a colon and the list under it ("The White House said
    // countries without a deal would face the rates below:" / "• Brazil: 10%"): the article goes
    // on in a list.
    if (article_end >= 0) {
        const auto closing = [&](uint32_t k) { return !f[k].body && f[k].terminal && f[k].prose && f[k].words <= 25; };
        const auto intro = [&](uint32_t k) {
            const Segment& g = doc.segments[k];
            uint32_t e = g.end;
            while (e > g.start && (doc.text[e - 1] == ' ' || doc.text[e - 1] == '\t' || doc.text[e - 1] == '\r')) --e;
            return e > g.start && doc.text[e - 1] == ':' && f[k].prose && f[k].words >= 6 && k + 1 < n &&
                   doc.segments[k + 1].kind == SegmentKind::list_item;
        };
        for (uint32_t j = uint32_t(article_end) + 1; j < n; ++j) {
            if (doc.segments[j].status == SegmentStatus::boilerplate) continue;
            if (cls[j] == LineClass::none && intro(j)) {
                while (j + 1 < n && doc.segments[j + 1].kind == SegmentKind::list_item) ++j;
                continue;
            }
            if (f[j].title_like && j + 1 < n && cls[j + 1] == LineClass::none && closing(j + 1) && !one_block(j, j + 1))
                continue;
            // ("* Brazil: 10%, plus a 40% duty tied to ..." / "* Vietnam: 20%; 40% for goods deemed
            // transshipped.": the next item of a list the article holds, its item before it kept)
            if (cls[j] == LineClass::none && doc.segments[j].kind == SegmentKind::list_item) {
                uint32_t k = j;  // (back over the kept items of its block to one inside the article)
                while (k > 0 && doc.segments[k - 1].kind == SegmentKind::list_item &&
                       doc.segments[k - 1].status == SegmentStatus::kept && one_block(k - 1, k) && int64_t(k) > article_end)
                    --k;
                if (k < j && int64_t(k) <= article_end) continue;
            }
            if (f[j].title_like || f[j].title_lines || (!f[j].body && f[j].words <= 25 && !(f[j].terminal && f[j].prose)))
                mark(j, SegmentKind::boilerplate, ReasonCode::bp_after_end);
        }
    }
    // Runs of link-title-like lines inside the text.
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        bool all_long = true, all_menu = true;
        while (j < n && doc.segments[j].status != SegmentStatus::boilerplate && f[j].title_like) {
            all_long = all_long && f[j].words >= 4;
            all_menu = all_menu && f[j].words <= 3;
            ++j;
        }
        uint32_t run = j - i;
        bool before_body = article_start < 0 || int64_t(i) < article_start;
        if (run >= 3 && all_long && !before_body) {
            // Keep the last one when a real paragraph follows: it can be the next section's heading.
            uint32_t stop = (j < n && f[j].body) ? j - 1 : j;
            if (stop - i >= 2) {
                for (uint32_t k = i; k < stop; ++k)
                    mark(k, SegmentKind::boilerplate, ReasonCode::bp_title_run, run);
            }
        } else if (run >= 3 && before_body) {
            // A menu is a run of short lines; before the body it may run straight into the
            // headline ("World / Business / Markets / Japan to cut tariffs on ..."): its lines of
            // up to three words, when there are three or more, are the menu.
            uint32_t menu = 0;
            while (i + menu < j && f[i + menu].words <= 3) ++menu;
            if (all_menu || menu >= 3)
                for (uint32_t k = i; k < i + menu; ++k) mark(k, SegmentKind::boilerplate, ReasonCode::bp_menu);
        }
        i = j > i ? j : i + 1;
    }
}

}  // namespace np::dd
