// GET /api/investment-projects/:code — the project as the 投资项目在线审批监管平台 knows it, for the
// commitment wizard and the agent desk. The platform's failures become 503s, never 500s.
import { Router } from 'express';
import { validateProjectCode } from '../domain/project-code';
import { HttpError } from '../http/http-error';
import { requireRole } from '../users/require-role';
import { ROUTE_ROLES } from '../users/route-roles';
import { lookupInvestmentProject, type InvestmentPlatformSettings } from './investment-platform';

export function investmentProjectsRouter(settings: InvestmentPlatformSettings | undefined): Router {
  const router = Router();

  router.get('/:code', requireRole(...ROUTE_ROLES['GET /api/investment-projects/:code']), async (req, res) => {
    const code = String(req.params.code);
    const checked = validateProjectCode(code);
    if (!checked.valid) {
      throw new HttpError(400, 'PROJECT_CODE_INVALID', `项目代码 "${code}" 格式不正确，应为 YYYY-DDDDDD-II-TT-NNNNNN，如 2026-140105-34-03-123456 (${checked.reason}).`, {
        param: 'code',
        reason: checked.reason,
      });
    }
    const found = await lookupInvestmentProject(checked.code, settings);
    res.setHeader('Cache-Control', 'no-store');
    if (found.ok) {
      res.json({ ...found.project, parts: checked.parts });
      return;
    }
    switch (found.reason) {
      case 'not-found':
        throw new HttpError(404, 'PROJECT_NOT_FOUND', found.detail, { code: checked.code });
      case 'not-configured':
        throw new HttpError(503, 'PLATFORM_NOT_CONFIGURED', found.detail);
      default:
        res.setHeader('Retry-After', '30');
        throw new HttpError(503, 'PLATFORM_UNAVAILABLE', found.detail);
    }
  });

  return router;
}
