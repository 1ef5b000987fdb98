// ner_corpus.cpp — CoNLL/GMB reader, IOB chunking and detokenization.
#include "ner_corpus.hpp"

namespace np::ner {

std::vector<CorpusDocument> parse_corpus(std::string_view data, size_t per_block) {
    std::vector<CorpusDocument> docs;
    bool any_docstart = data.find("-DOCSTART-") != std::string_view::npos;
    CorpusDocument doc;
    CorpusSentence sent;
    auto end_sentence = [&]() {
        if (!sent.words.empty()) {
            doc.sentences.push_back(std::move(sent));
            sent = CorpusSentence{};
            if (!any_docstart && per_block && doc.sentences.size() >= per_block) {
                docs.push_back(std::move(doc));
                doc = CorpusDocument{};
            }
        }
    };
    size_t pos = 0;
    while (pos <= data.size()) {
        size_t eol = data.find('\n', pos);
        if (eol == std::string_view::npos) eol = data.size();
        std::string_view line = data.substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        size_t a = 0;
        while (a < line.size() && (line[a] == ' ' || line[a] == '\t')) ++a;
        line = line.substr(a);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        if (line.empty()) { end_sentence(); if (eol == data.size()) break; continue; }
        if (line.rfind("-DOCSTART-", 0) == 0) {
            end_sentence();
            if (!doc.sentences.empty()) { docs.push_back(std::move(doc)); doc = CorpusDocument{}; }
            continue;
        }
        // Token = first column; tag = last column. GMB is tab separated (tokens may hold spaces).
        size_t tab = line.find('\t');
        std::string_view word, tag;
        if (tab != std::string_view::npos) {
            word = line.substr(0, tab);
            tag = line.substr(line.rfind('\t') + 1);
        } else {
            size_t sp = line.find(' ');
            word = line.substr(0, sp);
            tag = sp == std::string_view::npos ? std::string_view("O") : line.substr(line.rfind(' ') + 1);
        }
        sent.words.emplace_back(word);
        sent.tags.emplace_back(tag);
        if (eol == data.size()) break;
    }
    end_sentence();
    if (!doc.sentences.empty()) docs.push_back(std::move(doc));
    return docs;
}

std::vector<Chunk> chunks(const std::vector<std::string>& tags) {
    std::vector<Chunk> out;
    std::string cur;
    for (size_t i = 0; i <= tags.size(); ++i) {
        std::string_view t = i < tags.size() ? std::string_view(tags[i]) : std::string_view("O");
        bool inside = t.size() > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-';
        std::string type = inside ? std::string(t.substr(2)) : std::string();
        bool starts = inside && (t[0] == 'B' || type != cur);
        if (!out.empty() && !cur.empty() && (!inside || starts)) out.back().end = uint32_t(i);
        if (starts) out.push_back(Chunk{uint32_t(i), uint32_t(i + 1), type});
        cur = type;
    }
    return out;
}

namespace {
bool no_space_before(std::string_view w) {
    return w == "," || w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == ")" || w == "]" ||
           w == "}" || w == "%" || w == "'s" || w == "'S" || w == "n't" || w == "'" || w == "''" || w == "'re" ||
           w == "'ve" || w == "'ll" || w == "'d" || w == "'m" || w == "...";
}
bool no_space_after(std::string_view w) { return w == "(" || w == "[" || w == "{" || w == "$" || w == "``" || w == "#"; }
}  // namespace

RebuiltDocument rebuild_text(const CorpusDocument& doc) {
    RebuiltDocument r;
    for (const auto& s : doc.sentences) {
        if (!r.text.empty()) r.text += "\n\n";
        std::vector<std::pair<uint32_t, uint32_t>> spans;
        bool quote_open = false;
        for (size_t i = 0; i < s.words.size(); ++i) {
            const std::string& w = s.words[i];
            bool glue = i == 0 || no_space_before(w) || no_space_after(s.words[i - 1]);
            if (w == "\"") { glue = i == 0 || quote_open || no_space_after(s.words[i - 1]); }
            if (i > 0 && s.words[i - 1] == "\"" && quote_open) glue = true;  // right after an opening quote
            if (w == "\"") quote_open = !quote_open;
            if (!glue) r.text += ' ';
            uint32_t start = uint32_t(r.text.size());
            r.text += w;
            spans.emplace_back(start, uint32_t(r.text.size()));
        }
        r.token_spans.push_back(std::move(spans));
    }
    return r;
}

}  // namespace np::ner
