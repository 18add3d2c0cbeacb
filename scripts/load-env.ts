// Scripts read .env files the same way `next` does, so one configuration serves both.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
