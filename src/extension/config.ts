// The extension's settings (contributes.configuration in package.json), read in one place.
import * as vscode from 'vscode';
import type { Version } from '../protocol/messages';

export type AnalyzeOn = 'save' | 'type' | 'command';
export type AnnotationMode = 'all' | 'currentLine' | 'off';

export interface Settings {
  /** 'auto' means the version of the python3 on this machine, else the newest modeled. */
  readonly version: Version | 'auto';
  readonly analyzeOn: AnalyzeOn;
  readonly typingDelayMs: number;
  readonly stepBudget: number;
  readonly timeBudgetMs: number;
  readonly annotations: AnnotationMode;
}

export const SECTION = 'arenaLens';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    version: c.get<Version | 'auto'>('pythonVersion', 'auto'),
    analyzeOn: c.get<AnalyzeOn>('analyzeOn', 'save'),
    typingDelayMs: c.get<number>('typingDelayMs', 600),
    stepBudget: c.get<number>('stepBudget', 20_000_000),
    timeBudgetMs: c.get<number>('timeBudgetMs', 5000),
    annotations: c.get<AnnotationMode>('annotations', 'all'),
  };
}
