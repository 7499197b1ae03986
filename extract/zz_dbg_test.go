package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG_FILE"))
	e, _ := New()
	lx, _ := e.lexicon()
	d := newDocIn(string(b), tokenBuffers.get())
	pb := findPlacesAndBodies(lx, d)
	pr := findPeopleAndRoles(lx, d, pb, nil)
	a := &analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr}
	for i, tk := range d.toks {
		fmt.Println(i, tk.text, "person", a.personAt[i], "place", a.placeAt[i], "org", a.orgAt[i], "speech", a.speechVerbAt(i) == i)
	}
}

func TestZZPlaces(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG_FILE"))
	e, _ := New()
	lx, _ := e.lexicon()
	d := newDocIn(string(b), tokenBuffers.get())
	pb := findPlacesAndBodies(lx, d)
	a := &analysis{lx: lx, d: d, placesAndBodies: pb}
	fmt.Println("style", a.styleCountry(), "dateline", a.datelineState())
	for _, m := range pb.places {
		fmt.Println(d.toks[m.first].text, m.code, m.kind, m.state)
	}
}

func TestZZRoles(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG_FILE"))
	e, _ := New()
	lx, _ := e.lexicon()
	d := newDocIn(string(b), tokenBuffers.get())
	pb := findPlacesAndBodies(lx, d)
	pr := findPeopleAndRoles(lx, d, pb, nil)
	for _, p := range pr.people {
		for _, r := range p.roles {
			fmt.Println(p.name, "|", r.title, r.rule, "at", r.at, "lo", r.titleLo, "hi", r.titleHi)
		}
	}
	for _, m := range pr.mentions {
		fmt.Println("mention", m.first, m.lim, m.prefix, pr.people[m.person].name)
	}
}
