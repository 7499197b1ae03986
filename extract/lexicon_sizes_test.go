package extract

import "testing"

// TestLexiconRoom checks that the room newLexicon and reserveTries make
// from the gazetteers' texts (gazetteerSize) holds what loadLexicon reads,
// so that no trie, list or table is grown and copied at start-up.
func TestLexiconRoom(t *testing.T) {
	room := newLexicon()
	room.reserveTries()
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tries := []struct {
		name       string
		room, trie *phraseTrie
	}{
		{"places", &room.placeTrie, &lx.placeTrie},
		{"bodies", &room.orgTrie, &lx.orgTrie},
		{"roles", &room.roleTrie, &lx.roleTrie},
		{"personnel", &room.personnel, &lx.personnel},
		{"deaths", &room.death, &lx.death},
	}
	for _, c := range tries {
		if len(c.trie.nodes) > cap(c.room.nodes) || len(c.trie.vals) > cap(c.room.vals) {
			t.Errorf("%s trie: %d nodes and %d values, room for %d and %d", c.name, len(c.trie.nodes), len(c.trie.vals), cap(c.room.nodes), cap(c.room.vals))
		}
		if 2*len(c.trie.first.words) > len(c.room.first.slots) {
			t.Errorf("%s trie: %d first words, slots for %d", c.name, len(c.trie.first.words), len(c.room.first.slots)/2)
		}
	}
	if len(lx.surfaces) > cap(room.surfaces) || len(lx.orgs) > cap(room.orgs) {
		t.Errorf("%d names of places and %d bodies, room for %d and %d", len(lx.surfaces), len(lx.orgs), cap(room.surfaces), cap(room.orgs))
	}
}
