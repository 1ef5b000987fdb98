// ner_corpus.hpp — reading annotated corpora (CoNLL-2003, GMB) and rebuilding their text.
//
// Formats: one token per line, the tag in the last column (space or tab separated), blank
// line between sentences, "-DOCSTART-" lines between documents (CoNLL). Tags may be IOB1 or
// IOB2 and upper- or lowercase types; chunks are read the same way for both (a chunk starts
// at B-X, or at I-X after a tag of another type).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::ner {

struct CorpusSentence {
    std::vector<std::string> words;
    std::vector<std::string> tags;
};

struct CorpusDocument {
    std::vector<CorpusSentence> sentences;
};

// Documents split at -DOCSTART-; a corpus without them (GMB) becomes blocks of
// `sentences_per_block` sentences (0 = one document).
std::vector<CorpusDocument> parse_corpus(std::string_view data, size_t sentences_per_block = 10);

struct Chunk {
    uint32_t start = 0, end = 0;  // token indexes in the sentence, end exclusive
    std::string type;             // as written ("PER", "geo")
};
std::vector<Chunk> chunks(const std::vector<std::string>& tags);

// Realistic text for a document: tokens joined by single spaces, except no space before
// closing punctuation and clitics ("," "." "'s" "n't" ")") and none after opening ones ("(" "$");
// sentences separated by a blank line. token_spans gets [start,end) byte offsets per token.
struct RebuiltDocument {
    std::string text;
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> token_spans;  // [sentence][token]
};
RebuiltDocument rebuild_text(const CorpusDocument& doc);

}  // namespace np::ner
