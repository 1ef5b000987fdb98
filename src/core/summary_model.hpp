// summary_model.hpp — loaded issue taxonomy and trade lexicons (owned by the summary stages).
#pragma once
namespace np {
struct SummaryModels {
    bool loaded = false;
};
}  // namespace np
