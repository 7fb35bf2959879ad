#!/usr/bin/env node
// The committed CLI bundle runs with no install.
import '../dist/cli/index.js'
