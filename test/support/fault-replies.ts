/**
 * Error answers shaped like AWS's own: API Gateway's REST JSON errors name
 * their type in `x-amzn-ErrorType`; STS answers in XML, as its query
 * protocol does.
 */
import type { Fault, Operation } from './fault-proxy.js'

export interface Reply {
  status: number
  headers: Record<string, string>
  body: Buffer
}

interface ErrorShape {
  status: number
  type: string
  message: string
}

function shapeOf(
  fault: Exclude<Fault, 'slow'>,
  operation: Operation,
  region: string
): ErrorShape {
  switch (fault) {
    case 'throttle':
      return operation === 'AssumeRoleWithWebIdentity' ||
        operation === 'GetCallerIdentity'
        ? { status: 400, type: 'Throttling', message: 'Rate exceeded' }
        : {
            status: 429,
            type: 'TooManyRequestsException',
            message: 'Too Many Requests'
          }
    case 'server-error':
      return {
        status: 500,
        type: 'InternalFailure',
        message: 'Internal server error'
      }
    case 'access-denied':
      return operation === 'AssumeRoleWithWebIdentity'
        ? {
            status: 403,
            type: 'AccessDenied',
            message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
          }
        : {
            status: 403,
            type: 'AccessDeniedException',
            message: `User: arn:aws:sts::123456789012:assumed-role/api-cache-audit/apigw-cache-check is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:${region}::/restapis with an explicit deny`
          }
  }
}

/** The answer AWS gives for a fault, in the operation's protocol. */
export function faultReply(
  fault: Exclude<Fault, 'slow'>,
  operation: Operation,
  region: string
): Reply {
  const shape = shapeOf(fault, operation, region)
  if (
    operation === 'AssumeRoleWithWebIdentity' ||
    operation === 'GetCallerIdentity'
  ) {
    const xml = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${shape.type}</Code><Message>${shape.message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`
    return {
      status: shape.status,
      headers: { 'content-type': 'text/xml' },
      body: Buffer.from(xml)
    }
  }
  return {
    status: shape.status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': `${shape.type}:http://internal.amazon.com/coral/com.amazonaws.backplane.controlplane/`
    },
    body: Buffer.from(JSON.stringify({ message: shape.message }))
  }
}
