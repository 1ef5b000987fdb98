// json_parts.hpp — each stage family serializes its own fields into the document object.
// Each function writes its members (key + value) into the object `w` has open, in the
// schema's order (docs/schema.md); json.cpp calls them after the document's own fields.
#pragma once
#include "json_writer.hpp"
#include "newsprism.hpp"

namespace np {
void entities_to_json(const Document& doc, JsonWriter& w);  // "entities"
void summary_to_json(const Document& doc, JsonWriter& w);   // "measures","issues","quotes","summary"
}  // namespace np
