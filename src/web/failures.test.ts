import { describe, expect, it } from 'vitest';
import {
  badFile,
  FORBIDDEN,
  forbiddenFor,
  invalid,
  NOT_FOUND,
  refused,
  STALE,
  STALE_MESSAGE,
  tooLarge,
  type Failure,
} from '../app/failures.ts';
import { failureError, failureMessage, failureStatus } from './failures.ts';

describe('one failure → status and message', () => {
  it.each<[string, Failure, number, string]>([
    [
      'a form problem',
      invalid({ name: '请填写机构名称', slug: '网址标识已被使用' }),
      422,
      '请填写机构名称；网址标识已被使用',
    ],
    ['an unusable file', badFile('不是 Excel 文件'), 422, '不是 Excel 文件'],
    ['a file over the limit', tooLarge('文件超过 20 MB'), 413, '文件超过 20 MB'],
    ['a refusal by the rules', refused('该案件已答复，不能再延长期限'), 409, '该案件已答复，不能再延长期限'],
    ['a stale submit', STALE, 409, STALE_MESSAGE],
    ['a forbidden step', FORBIDDEN, 403, '您没有权限进行此操作。'],
    ['something not there (or not visible)', NOT_FOUND, 404, '页面不存在，或您无权查看。'],
  ])('%s', (_name, failure, status, message) => {
    expect(failureStatus(failure)).toBe(status);
    expect(failureMessage(failure)).toBe(message);
    const error = failureError(failure);
    expect([error.status, error.message]).toEqual([status, message]);
  });

  it('hands the roles a forbidden step needs to the error page', () => {
    const error = failureError(forbiddenFor(['reviewer', 'approver']));
    expect([error.status, error.message, error.neededRoles]).toEqual([
      403,
      '您没有权限进行此操作。',
      ['reviewer', 'approver'],
    ]);
  });

  it('uses the route’s words for 404 and 403', () => {
    expect(failureMessage(NOT_FOUND, { what: '账号' })).toBe('账号不存在，或您无权查看。');
    expect(failureMessage(FORBIDDEN, { forbidden: '您没有管理该机构的权限，未作任何修改。' })).toBe(
      '您没有管理该机构的权限，未作任何修改。',
    );
  });
});
