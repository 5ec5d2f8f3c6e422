#include "word_table.h"

#include "quantity.h"

#include <algorithm>
#include <unordered_set>

namespace eventline::events {

namespace {

constexpr std::string_view kFunctionWords[] = {
    ";",       ":",       "-",       "(",        ")",     "\"",     "'",     ",",      "--",
    "''",      "``",      "if",      "as",       "or",    "who",    "but",   "and",    "whom",
    "that",    "when",    "which",   "whose",    "where", "while",  "since", "though", "unless",
    "whereas", "because", "whether", "although", "after", "before", "until", "once"};
constexpr std::string_view kQuoteMarks[] = {"\"", "''", "``", "'"};
constexpr std::string_view kBeForms[] = {"be",   "is",    "are", "was", "were",
                                         "been", "being", "am",  "'re", "'m"};
constexpr std::string_view kHaveForms[] = {"have", "has", "had", "having", "'ve"};
constexpr std::string_view kDoForms[] = {"do", "does", "did"};
constexpr std::string_view kNegations[] = {"not", "n't", "never"};
constexpr std::string_view kRealPrepositions[] = {
    "of",        "in",      "at",      "to",     "from",    "by",      "with",      "for",
    "on",        "against", "into",    "about",  "after",   "before",  "over",      "under",
    "between",   "through", "during",  "near",   "toward",  "towards", "across",    "amid",
    "alongside", "without", "within",  "inside", "outside", "upon",    "among",     "onto",
    "behind",    "beyond",  "despite", "like",   "per",     "via",     "throughout"};

} // namespace

WordInfo& WordTable::add(std::string_view word) {
    max_length_ = std::max(max_length_, word.size());
    auto it = words_.find(word);
    if (it == words_.end()) it = words_.emplace(std::string(word), WordInfo{}).first;
    return it->second;
}

WordTable::WordTable(const Lemmatizer& lemmatizer, const Lexicon& lex, const std::vector<std::string>& wanted,
                     const std::vector<std::string>& event_lemmas) {
    std::unordered_set<std::string_view> wanted_set(wanted.begin(), wanted.end());
    std::unordered_set<std::string_view> event_set(event_lemmas.begin(), event_lemmas.end());
    auto is_wanted = [&](std::string_view l) { return wanted_set.count(l) > 0; };
    const auto& attr = lex.attribution();
    auto lemma_flags = [&](std::string_view l) {
        std::uint8_t f = 0;
        if (!l.empty() && attr.verbs.count(l)) f |= kReportVerb;
        if (!l.empty() && attr.nouns.count(l)) f |= kReportNoun;
        if (!l.empty() && lex.noun_in_class(l, "personnel")) f |= kPersonnel;
        if (!l.empty() && lex.noun_in_class(l, "human")) f |= kHuman;
        return f;
    };
    // Every word whose lemma can be a wanted lemma: the lemma itself, the inverses of the suffix rules and
    // the exception forms; the lemmatizer then decides exactly as it would per token.
    std::vector<std::string> forms;
    auto collect = [&](std::string_view f) { forms.emplace_back(f); };
    for (std::string_view l : wanted)
        lemmatizer.surface_forms(l, collect);
    lemmatizer.exception_forms([&](std::string_view form, std::string_view base) {
        if (wanted_set.count(base)) forms.emplace_back(form);
    });
    for (const auto& f : forms) {
        std::string verb = lemmatizer.wanted_lemma(f, WordClass::Verb, is_wanted);
        std::string noun = lemmatizer.wanted_lemma(f, WordClass::Noun, is_wanted);
        if (verb.empty() && noun.empty()) continue;
        WordInfo& w = add(f);
        w.verb_lemma_flags = lemma_flags(verb);
        w.noun_lemma_flags = lemma_flags(noun);
        w.verb_senses = verb.empty() ? nullptr : lex.verb(verb);
        w.noun_senses = noun.empty() ? nullptr : lex.noun(noun);
        w.verb_lemma = std::move(verb);
        w.noun_lemma = std::move(noun);
    }
    // event forms: words whose verb or noun lemma can make an event (only through its lemma can a token
    // become a trigger or a personnel noun)
    for (auto& [word, info] : words_)
        if (event_set.count(info.verb_lemma) || event_set.count(info.noun_lemma)) info.flags |= kEventForm;
    auto mark = [&](const auto& list, std::uint32_t flag) {
        for (std::string_view w : list)
            add(w).flags |= flag;
    };
    mark(kFunctionWords, kFunctionWord);
    mark(kQuoteMarks, kQuoteMark);
    mark(kBeForms, kBe);
    mark(kHaveForms, kHave);
    mark(kDoForms, kDo);
    mark(kNegations, kNegation);
    mark(number_words(), kNumberWord);
    mark(kRealPrepositions, kRealPrep);
    for (const auto& [first, phrases] : attr.phrases_by_first)
        add(first).flags |= kPhraseStart;
    freeze();
}

void WordTable::freeze() {
    std::vector<std::pair<std::string_view, const WordInfo*>> items;
    items.reserve(words_.size());
    for (const auto& [word, info] : words_)
        items.push_back({word, &info});
    index_.build(items, items.size());
}

} // namespace eventline::events
