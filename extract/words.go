package extract

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Open-class word lists (nouns, verbs, adjectives the rules look for) live in
// data/words_*.tsv, one word a line with the kind of list it belongs to; Go
// keeps only closed-class function words. The lists are read once, at
// package initialisation, into immutable sets shared by every Extractor.
var wordSets, wordSetsErr = loadWordSets(dataFS)

// wordKindsRead records the kinds wordList was asked for, during package
// initialisation only, so that a test can find lists no rule reads.
var wordKindsRead = map[string]bool{}

// loadWordSets reads every data/words_*.tsv of fsys into sets by kind.
func loadWordSets(fsys fs.FS) (map[string]map[string]bool, error) {
	names, err := fs.Glob(fsys, "data/words_*.tsv")
	if err != nil {
		return nil, fmt.Errorf("extract: word lists: %w", err)
	}
	sets := make(map[string]map[string]bool)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("extract: word list %s: %w", name, err)
		}
		if err := addWordLines(sets, string(b)); err != nil {
			return nil, fmt.Errorf("extract: word list %s: %w", path.Base(name), err)
		}
	}
	return sets, nil
}

// addWordLines adds the WORD<TAB>KIND lines of one file to sets.
func addWordLines(sets map[string]map[string]bool, text string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, kind, ok := strings.Cut(line, "\t")
		if !ok || word == "" || kind == "" || strings.Contains(kind, "\t") {
			return fmt.Errorf("line %d: want WORD<TAB>KIND, got %q", n+1, line)
		}
		if sets[kind] == nil {
			sets[kind] = make(map[string]bool)
		}
		sets[kind][word] = true
	}
	return nil
}

// wordList returns the words of one kind. A kind the data does not list is
// a bug in the build, so it panics at package initialisation, which every
// test of the package runs.
func wordList(kind string) map[string]bool {
	if wordSetsErr != nil {
		return nil // New reports the error
	}
	s, ok := wordSets[kind]
	wordKindsRead[kind] = true
	if !ok {
		panic("extract: no word list of kind " + kind)
	}
	return s
}
