package extract

import "strings"

// sharedCompanyHeads are role nouns that companies and states both have
// ("president", "chairman"); see jointPrivateTitle.
var sharedCompanyHeads = wordList("shared-company-head")

// jointPrivateTitle reports a lower-case title t that joins, with "and",
// "&" or commas, a company's own role to roles both companies and states
// have: "chairman, CEO and president", "COO and president" hold the one
// company's offices, not the state the story is about. A state's office
// in the list ("prime minister and founder") keeps the title public.
func (a *analysis) jointPrivateTitle(t string) bool {
	if !strings.Contains(t, " and ") && !strings.Contains(t, " & ") && !strings.Contains(t, ", ") {
		return false
	}
	parts := strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(t), func(r rune) bool { return r == ',' })
	private := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			return false
		case a.privateHead(p):
			private = true
		case !sharedCompanyHeads.has(p):
			return false
		}
	}
	return private && len(parts) > 1
}
