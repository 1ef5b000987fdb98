// test_entities_support.hpp — small lookups over analysed entities for the entity tests.
#pragma once
#include <string>

#include "test_support.hpp"

namespace np::test {

inline const Entity* entity_named(const Document& d, const std::string& name) {
    for (const auto& e : d.entities) {
        if (e.name == name) return &e;
        for (const auto& a : e.aliases) if (a == name) return &e;
    }
    return nullptr;
}

inline const Entity* entity_of_type(const Document& d, EntityType t, const std::string& text) {
    for (const auto& e : d.entities)
        if (e.type == t)
            for (const auto& m : e.mentions)
                if (d.text.substr(m.start, m.end - m.start) == text) return &e;
    return nullptr;
}

inline bool has_mention(const Document& d, EntityType t, const std::string& text) { return entity_of_type(d, t, text) != nullptr; }

}  // namespace np::test
