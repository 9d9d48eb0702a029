// Measures how many lines each function in a TypeScript source spans, for `npm run check:functions`
// (scripts/check-function-lengths.ts). Long functions are where a screen or shell gathers too many jobs; measuring
// them keeps that visible. Uses the TypeScript compiler's parser only: no type checking, no program.

import ts from 'typescript';

export interface FunctionSpan {
  /** The file name as given. */
  file: string;
  /** First line of the function, counting from 1. */
  line: number;
  /** The function's name; for an arrow or function expression, the variable or property it is assigned to. */
  name: string;
  /** Lines from the function's first line to its last, both included. */
  lines: number;
}

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** Every function with a body in one source text, nested functions each on their own, in source order. */
export function measureFunctions(file: string, text: string): FunctionSpan[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const spans: FunctionSpan[] = [];
  const visit = (node: ts.Node) => {
    // Overload signatures and abstract methods have no body: nothing runs there.
    if (isFunction(node) && node.body) {
      const line = lineOf(node.getStart(source));
      spans.push({ file, line, name: nameOf(node, source), lines: lineOf(node.end) - line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

function nameOf(node: FunctionNode, source: ts.SourceFile): string {
  const text = (n: ts.Node) => n.getText(source);
  const inClass = (name: string) => {
    const owner = node.parent;
    return ts.isClassLike(owner) ? `${owner.name ? text(owner.name) : '(class)'}.${name}` : name;
  };
  if (ts.isConstructorDeclaration(node)) return inClass('constructor');
  if (ts.isGetAccessorDeclaration(node)) return inClass(`get ${text(node.name)}`);
  if (ts.isSetAccessorDeclaration(node)) return inClass(`set ${text(node.name)}`);
  if (ts.isMethodDeclaration(node)) return inClass(text(node.name));
  if (ts.isFunctionDeclaration(node)) return node.name ? text(node.name) : 'default';
  if (ts.isFunctionExpression(node) && node.name) return text(node.name);
  return assignedName(node, source);
}

const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);

/** The name an arrow or anonymous function expression goes by: what it is assigned to, or what it is passed to. */
function assignedName(node: ts.Node, source: ts.SourceFile): string {
  let at = node;
  // Look through wrappers: `(() => …)`, `(() => …) as X`, `satisfies`, `!`.
  while (
    ts.isParenthesizedExpression(at.parent) ||
    ts.isAsExpression(at.parent) ||
    ts.isSatisfiesExpression(at.parent) ||
    ts.isNonNullExpression(at.parent)
  ) {
    at = at.parent;
  }
  const parent = at.parent;
  if (ts.isPropertyDeclaration(parent) && ts.isClassLike(parent.parent)) {
    const owner = parent.parent.name?.getText(source) ?? '(class)';
    return `${owner}.${parent.name.getText(source)}`;
  }
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isParameter(parent) ||
    ts.isBindingElement(parent)
  ) {
    return parent.name.getText(source);
  }
  if (ts.isBinaryExpression(parent) && parent.right === at && ASSIGNMENTS.has(parent.operatorToken.kind)) {
    return parent.left.getText(source);
  }
  if (ts.isExportAssignment(parent)) return 'default';
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression.getText(source).replace(/\s+/g, '');
    return `(callback to ${callee.length > 40 ? '…' + callee.slice(-39) : callee})`;
  }
  return '(anonymous)';
}
