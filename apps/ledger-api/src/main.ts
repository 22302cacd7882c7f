import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { PingController } from './probe/ping.controller.js';
import { PingHandler } from './probe/ping.handler.js';
@Module({ imports: [CqrsModule.forRoot()], controllers: [PingController], providers: [PingHandler] })
class AppModule {}
const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
await app.listen(3999, '127.0.0.1');
console.log('listening');
