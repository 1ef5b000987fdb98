// entities_json.cpp — serializes the entity stage's output:
//   "entities":[{id,name,type,aliases,role,affiliation,count,mentions:[{start,end,text}]}]
// (field reference: docs/schema.md). Mention texts are written straight from the original
// text through the display filter, without a copy per mention.
#include "json_parts.hpp"

namespace np {

void entities_to_json(const Document& doc, JsonWriter& w) {
    w.key("entities");
    w.begin_array();
    for (const auto& e : doc.entities) {
        w.begin_object();
        w.key("id"); w.sint(e.id);
        w.key("name"); w.string(e.name);
        w.key("type"); w.plain_string(to_string(e.type));  // an enum name: nothing to escape
        w.key("aliases");
        w.begin_array();
        for (const auto& a : e.aliases) w.string(a);
        w.end_array();
        w.key("role"); w.string_or_null(e.role);
        w.key("affiliation"); w.id_or_null(e.affiliation);
        w.key("count"); w.uint(e.count);
        w.key("mentions");
        w.begin_array();
        for (const auto& m : e.mentions) {
            w.begin_object();
            w.key("start"); w.uint(m.start);
            w.key("end"); w.uint(m.end);
            w.key("text"); w.display(doc.text, m.start, m.end);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

}  // namespace np
