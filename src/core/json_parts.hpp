// json_parts.hpp — each stage family serializes its own fields into the document object.
#pragma once
#include <nlohmann/json.hpp>

#include "newsprism.hpp"

namespace np {
void entities_to_json(const Document& doc, nlohmann::ordered_json& out);  // "entities"
void summary_to_json(const Document& doc, nlohmann::ordered_json& out);   // "measures","issues","quotes","summary"
}  // namespace np
