package main

import "strings"

// evaluator is a recursive-descent parser, one method per precedence level:
// expression := term (('+' | '-') term)*
// term       := factor (('*' | '/') factor)*
// factor     := '-' factor | '(' expression ')' | digits
type evaluator struct {
	text string
	pos  int
}

func (e *evaluator) peek() byte {
	if e.pos < len(e.text) {
		return e.text[e.pos]
	}
	return 0
}

func (e *evaluator) expression() int {
	value := e.term()
	for op := e.peek(); op == '+' || op == '-'; op = e.peek() {
		e.pos++
		if op == '+' {
			value += e.term()
		} else {
			value -= e.term()
		}
	}
	return value
}

func (e *evaluator) term() int {
	value := e.factor()
	for op := e.peek(); op == '*' || op == '/'; op = e.peek() {
		e.pos++
		if op == '*' {
			value *= e.factor()
		} else {
			value /= e.factor() // Go's integer division truncates toward zero
		}
	}
	return value
}

func (e *evaluator) factor() int {
	switch e.peek() {
	case '-':
		e.pos++
		return -e.factor()
	case '(':
		e.pos++
		value := e.expression()
		e.pos++ // the closing ')'
		return value
	}
	value := 0
	for c := e.peek(); c >= '0' && c <= '9'; c = e.peek() {
		value = value*10 + int(c-'0')
		e.pos++
	}
	return value
}

func arithmeticEval(expr string) int {
	e := &evaluator{text: strings.ReplaceAll(expr, " ", "")}
	return e.expression()
}
