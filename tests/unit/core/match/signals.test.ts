import { describe, expect, it } from 'vitest';
import { courseGrades, explicitGrades, subjectsIn } from '../../../../src/core/match/signals';
import { fold, scanWords } from '../../../../src/core/match/text';

const words = (s: string) => scanWords(fold(s)).words;
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('explicitGrades', () => {
  it.each([
    ['Gr 7 Science', [7]],
    ['Gr. 7', [7]],
    ['7th grade ELA', [7]],
    ['7th-grade students', [7]],
    ['Grade 4', [4]],
    ['grades 6-8', [6, 7, 8]],
    ['Grades K–2', [0, 1, 2]],
    ['grades 3 to 5', [3, 4, 5]],
    ['grades 6 and 8', [6, 8]],
    ['Kindergarten', [0]],
    ['seventh grade', [7]],
    ['Ciencias de séptimo grado', [7]],
    ['4º grado', [4]],
    ['grado 5', [5]],
  ])('%s', (text, grades) => {
    expect(sorted(explicitGrades(words(text)))).toEqual(grades);
  });

  it('ignores scores and numbers that are not grades', () => {
    expect(sorted(explicitGrades(words('Grade: 10 points. Chapter 7, 30 minutes')))).toEqual([]);
    expect(sorted(explicitGrades(words('Science 7')))).toEqual([]);
  });
});

describe('courseGrades', () => {
  it.each([
    ['Science 7 - Period 3', [7]],
    ['ELA 6 (Block 2)', [6]],
    ['Grade 4 - Castellano', [4]],
    ['8th Grade US History', [8]],
    ['Math 7B', [7]],
    ['ELA7-02', [7]],
    ['Biology', []],
    ['Homeroom - Room 12', []],
    ['Spanish 1 Section 4', [1]],
  ])('%s', (text, grades) => {
    expect(sorted(courseGrades(words(text)))).toEqual(grades);
  });
});

describe('subjectsIn', () => {
  it.each([
    ['Biology', ['science']],
    ['Science 7', ['science']],
    ['ELA 6', ['ela']],
    ['English Language Arts', ['ela']],
    ['Social Studies 8', ['social']],
    ['US History', ['social']],
    ['Ciencias Sociales', ['social']],
    ['Ciencias', ['science']],
    ['Matemáticas 5', ['math']],
    ['Spanish 7', ['languages']],
    ['Homeroom', []],
  ])('%s', (text, groups) => {
    expect([...subjectsIn(words(text))]).toEqual(groups);
  });
});
