// Generates a synthetic monorepo of infrastructure templates for the scale
// benchmark: CloudFormation YAML and JSON, SAM and Terraform, about 10 KB a
// file, one in ten with an API Gateway stage. The same count always gives the
// same files, so figures from different runs compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Writes `count` templates under `root` and returns their total size. */
export function generateMonorepo(root, count) {
  rmSync(root, { recursive: true, force: true })
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const service = `service-${String(index).padStart(5, '0')}`
    const directory = path.join(root, `team-${index % 50}`, service)
    mkdirSync(directory, { recursive: true })
    const withStage = Math.floor(index / 5) % 10 === 0
    const [name, text] = template(index % 5, service, withStage)
    writeFileSync(path.join(directory, name), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

/** One template of the given kind, padded with ordinary resources. */
function template(kind, service, withStage) {
  switch (kind) {
    case 0:
    case 1:
      return ['template.yaml', cloudFormationYaml(service, withStage)]
    case 2:
      return [
        'template.json',
        JSON.stringify(cloudFormationJson(service, withStage), null, 2)
      ]
    case 3:
      return ['template.yaml', samYaml(service, withStage)]
    default:
      return ['main.tf', terraform(service, withStage)]
  }
}

function cloudFormationYaml(service, withStage) {
  const lines = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    `Description: ${service} stack`,
    'Parameters:',
    '  Environment:',
    '    Type: String',
    '    Default: prod',
    'Conditions:',
    '  IsProd: !Equals [!Ref Environment, prod]',
    'Resources:'
  ]
  for (let i = 0; i < 16; i++) {
    lines.push(
      `  Queue${i}:`,
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      `      QueueName: !Sub '${service}-queue-${i}-\${Environment}'`,
      '      VisibilityTimeout: 60',
      '      Tags:',
      '        - Key: team',
      `          Value: ${service}`,
      `  Role${i}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: lambda.amazonaws.com }',
      "            Action: 'sts:AssumeRole'",
      '      Policies:',
      '        - PolicyName: access',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: [sqs:SendMessage, sqs:ReceiveMessage]',
      `                Resource: !GetAtt Queue${i}.Arn`
    )
  }
  if (withStage) {
    lines.push(
      '  ApiStage:',
      '    Type: AWS::ApiGateway::Stage',
      '    Properties:',
      `      RestApiId: !ImportValue ${service}-api`,
      '      StageName: prod',
      '      CacheClusterEnabled: !If [IsProd, true, false]',
      '      MethodSettings:',
      "        - ResourcePath: '/*'",
      "          HttpMethod: '*'",
      '          CachingEnabled: true'
    )
  }
  return lines.join('\n') + '\n'
}

function cloudFormationJson(service, withStage) {
  const resources = {}
  for (let i = 0; i < 19; i++) {
    resources[`Table${i}`] = {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: `${service}-table-${i}`,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        Tags: [{ Key: 'team', Value: service }]
      }
    }
  }
  if (withStage) {
    resources.ApiStage = {
      Type: 'AWS::ApiGateway::Stage',
      Properties: {
        RestApiId: { 'Fn::ImportValue': `${service}-api` },
        StageName: 'prod',
        MethodSettings: [
          {
            ResourcePath: '/*',
            HttpMethod: '*',
            CachingEnabled: true,
            CacheDataEncrypted: true
          }
        ]
      }
    }
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources }
}

function samYaml(service, withStage) {
  const lines = [
    'Transform: AWS::Serverless-2016-10-31',
    'Globals:',
    '  Function:',
    '    Runtime: nodejs20.x',
    '    Timeout: 10',
    'Resources:'
  ]
  for (let i = 0; i < 21; i++) {
    lines.push(
      `  Handler${i}:`,
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      `      Handler: src/handler${i}.main`,
      '      CodeUri: .',
      '      MemorySize: 256',
      '      Environment:',
      '        Variables:',
      `          SERVICE: ${service}`,
      `          TABLE: ${service}-table`,
      '      Events:',
      `        Queue${i}:`,
      '          Type: SQS',
      '          Properties:',
      `            Queue: arn:aws:sqs:eu-west-1:123456789012:${service}-${i}`,
      '            BatchSize: 10'
    )
  }
  if (withStage) {
    lines.push(
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      CacheClusterEnabled: true',
      '      MethodSettings:',
      '        - ResourcePath: /~1items',
      '          HttpMethod: GET',
      '          CachingEnabled: true',
      '          CacheDataEncrypted: false'
    )
  }
  return lines.join('\n') + '\n'
}

function terraform(service, withStage) {
  const blocks = [
    `variable "environment" {\n  type    = string\n  default = "prod"\n}\n`,
    `locals {\n  name = "${service}-\${var.environment}"\n}\n`
  ]
  for (let i = 0; i < 19; i++) {
    blocks.push(
      `resource "aws_sqs_queue" "queue_${i}" {\n  name                       = "\${local.name}-${i}"\n  visibility_timeout_seconds = 60\n  tags = {\n    team = "${service}"\n  }\n}\n`,
      `resource "aws_iam_role" "role_${i}" {\n  name = "\${local.name}-role-${i}"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]\n  })\n}\n`
    )
  }
  if (withStage) {
    blocks.push(
      `resource "aws_api_gateway_stage" "prod" {\n  rest_api_id           = "abc123"\n  stage_name            = "prod"\n  deployment_id         = "dep123"\n  cache_cluster_enabled = var.environment == "prod"\n}\n`,
      `resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_stage.prod.rest_api_id\n  stage_name  = aws_api_gateway_stage.prod.stage_name\n  method_path = "*/*"\n  settings {\n    caching_enabled = true\n  }\n}\n`
    )
  }
  return blocks.join('\n')
}
