package storage

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/names.tsv
var namesTSV string

// nameWords are the words of names that are not given names or surnames,
// read from data/names.tsv on first use: kind by folded word.
var nameWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(namesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, kind, ok := strings.Cut(line, "\t")
		if !ok {
			panic("storage: data/names.tsv: no kind in line " + line)
		}
		m[word] = strings.TrimSpace(kind)
	}
	return m
})

// personName is a person's name as parts that can be compared across
// articles: "Mr B. Abdelatty" is given ["b"], surname "abdelatty", titled.
type personName struct {
	given   []string // folded given names; initials are one letter
	surname string   // folded last word of the surname, "" if none
	titled  bool     // an honorific stood before it
}

// parseName splits a name as an article gives it.
func parseName(name string) personName {
	words := strings.Fields(Fold(name))
	var n personName
	for len(words) > 0 && nameWords()[words[0]] == "honorific" {
		words = words[1:]
		n.titled = true
	}
	for len(words) > 1 && nameWords()[words[len(words)-1]] == "suffix" {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return n
	}
	n.surname = words[len(words)-1]
	rest := words[:len(words)-1]
	// particles belong to the surname: "al Hayya", "van der Berg"
	for len(rest) > 0 && nameWords()[rest[len(rest)-1]] == "particle" {
		rest = rest[:len(rest)-1]
	}
	n.given = rest
	return n
}

// full reports whether the name spells out a given name: "Badr Abdelatty",
// not "Abdelatty" or "B. Abdelatty". Only such names are linked to.
func (n personName) full() bool {
	for _, g := range n.given {
		if len(g) > 1 {
			return true
		}
	}
	return false
}

// partOf reports whether n names in part the person whose full name is f:
// the same surname, each of n's given names the same as, or the initial
// of, one of f's in order, the first with the first (only middle names
// may be left out: "Michael Howard" is no part of "Making Michael Howard"),
// and f saying more than n.
func (n personName) partOf(f personName) bool {
	if n.surname == "" || n.surname != f.surname || len(n.given) > len(f.given) {
		return false
	}
	if len(n.given) > 0 && !givenMatch(n.given[0], f.given[0]) {
		return false
	}
	more := len(f.given) > len(n.given)
	j := 0
	for _, g := range n.given {
		for j < len(f.given) && !givenMatch(g, f.given[j]) {
			j++
		}
		if j == len(f.given) {
			return false
		}
		if len(g) == 1 && len(f.given[j]) > 1 {
			more = true
		}
		j++
	}
	return more
}

// givenMatch: the same given name, or an initial and a name it begins.
func givenMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) == 1 {
		return strings.HasPrefix(b, a)
	}
	return false
}

// form names the kind of partial name, for the record of a link.
func (n personName) form() string {
	switch {
	case len(n.given) == 0 && n.titled:
		return "title and surname"
	case len(n.given) == 0:
		return "surname"
	}
	for _, g := range n.given {
		if len(g) == 1 {
			return "initials"
		}
	}
	return "given names"
}
