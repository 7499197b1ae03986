//go:build !unix

package main

import "os/exec"

// asNobody is never called off unix, where os.Geteuid is -1 (no root to
// step down from).
func asNobody(cmd *exec.Cmd) {}
