package main

import (
	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// storageOptions are the Options every command opens its database with:
// the countries table is seeded with the extractor's states.
func storageOptions(mustExist bool) storage.Options {
	var states []storage.Country
	for _, s := range extract.States() {
		states = append(states, storage.Country{Code: s.Code, Name: s.Name})
	}
	return storage.Options{MustExist: mustExist, States: states}
}
