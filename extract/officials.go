package extract

import "strings"

// officials lists the people with a role in the article, one record per
// person, named by the fullest form of the name.
//
// A role comes from a title before the name ("Egyptian Foreign Minister Badr
// Abdelatty"), an apposition after it ("Bassem Naim, a senior Hamas
// official"), a title before a comma ("its president, Recep Tayyip
// Erdogan"), a plural title ("US envoys, including Steve Witkoff") or a
// definite description that refers back ("The prime minister was
// speaking"). People named without any role, and roles without a name, are
// left out. The country is the state written with the title, else, for roles
// of states (not of bodies such as Hamas), the nearest state in the sentence
// not already claimed by another title, else the state the article is most
// about.
func (a *analysis) officials() []Official {
	out := []Official{}
	for _, p := range a.people {
		if p.role == nil {
			continue
		}
		r := p.role
		o := Official{
			Name:         p.name,
			Title:        r.title,
			Country:      r.country,
			Organization: r.org,
			Rule:         r.rule,
		}
		seen := map[string]bool{strings.ToLower(p.name): true}
		for _, mi := range p.mentionIdx {
			m := a.mentions[mi]
			sp := Span{Start: a.d.toks[m.first].start, End: a.d.toks[m.lim-1].end}
			o.Mentions = append(o.Mentions, sp)
			form := a.d.text[a.d.toks[m.prefix].start:sp.End]
			if m.prefix < m.first && a.lx.roles[a.d.toks[m.prefix].lower] != rHonorific {
				form = a.d.text[sp.Start:sp.End]
			}
			if k := strings.ToLower(form); !seen[k] {
				seen[k] = true
				o.Also = append(o.Also, form)
			}
		}
		sortSpans(o.Mentions)
		out = append(out, o)
	}
	return out
}

// placeRoles gives each state role without a written state the state of its
// context: the nearest state before it in its sentence (not one already
// holding the same office there: "Russian President Putin ... President
// Obama"), else the state the article is most about, else the state its
// writing style points to. Roles of bodies (Hamas, the UN) stay stateless.
func (a *analysis) placeRoles() {
	used := a.titleStates()
	home := a.homeCountry()
	style := a.styleCountry()
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country != "" || r.org != "" {
			continue
		}
		// "President Obama" in American copy: a bare title of the press's own state
		if style != "" && r.rule == ruleTitleBefore && a.domesticTitle(r.title, style) {
			r.country = style
			continue
		}
		r.country = a.contextCountry(r, used)
		if r.country == "" {
			r.country = home
		}
	}
}

// domesticTitle reports a title the press of state writes without naming
// the state: the title less qualifiers ("former President") is listed.
func (a *analysis) domesticTitle(title, state string) bool {
	words := strings.Fields(strings.ToLower(title))
	for len(words) > 1 && a.lx.roles[words[0]] == rQual {
		words = words[1:]
	}
	for _, c := range a.lx.domestic[strings.Join(words, " ")] {
		if c == state {
			return true
		}
	}
	return false
}

// titleStates marks the state mentions written inside someone's title with
// the office they fill, so that "Russian" in "Russian President Vladimir
// Putin" is not taken as the country of "President Obama" later on.
func (a *analysis) titleStates() map[int]string {
	used := map[int]string{}
	for _, p := range a.people {
		for _, r := range p.roles {
			if !r.explicit {
				continue
			}
			for k := max(0, r.titleLo-4); k < r.titleHi+6 && k < len(a.placeAt); k++ {
				if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].code == r.country {
					used[int(a.placeAt[k])] = r.head
				}
			}
		}
	}
	return used
}

// contextCountry finds the state a role without one belongs to: the
// nearest state mention before it in its sentence, or an adjective or
// possessive after it, that does not already hold the same office in a title.
func (a *analysis) contextCountry(r *role, used map[int]string) string {
	toks := a.d.toks
	if r.at >= len(toks) {
		return ""
	}
	sent := a.d.sents[toks[r.at].sent]
	best, bestDist := "", 1<<30
	for pi, m := range a.places {
		if !m.state || used[pi] == r.head || m.first < sent.first || m.first >= sent.lim {
			continue
		}
		// "a 37-year-old Algerian national": a state that describes a person
		// says nothing of an office
		if m.kind == sAdjective && m.lim < len(toks) && privatePerson[toks[m.lim].lower] {
			continue
		}
		d := r.titleLo - m.lim
		if m.first >= r.at {
			// after the name only an adjective or a possessive qualifies it
			// ("..., the Swedish Prosecution Authority said"); a destination
			// ("is to visit Thailand") does not
			if !(m.kind == sAdjective || m.possessive) || m.lim >= len(toks) || !(bodyNouns[toks[m.lim].lower] || a.roleKind(m.lim) != 0 || toks[m.lim].cap) {
				continue
			}
			d = 3 * (m.first - r.at)
		}
		if d >= 0 && d < bestDist {
			best, bestDist = m.code, d
		}
	}
	return best
}

// privatePerson nouns after a state's adjective describe someone's
// nationality ("an Algerian national"), not a state acting.
var privatePerson = map[string]bool{
	"national": true, "nationals": true, "citizen": true, "citizens": true, "man": true, "woman": true,
	"tourist": true, "tourists": true, "student": true, "students": true, "suspect": true,
	"migrant": true, "migrants": true, "refugee": true, "refugees": true, "journalist": true,
	"boy": true, "girl": true, "teenager": true, "resident": true, "residents": true, "worker": true,
}
