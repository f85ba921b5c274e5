@echo off
rem Runs Career Routes from this checkout on Windows, passing every option through and
rem returning the app's own exit code (--validate: 0 valid, 1 invalid, 2 bad usage).
setlocal
set "HERE=%~dp0"
call mvn -q -B -f "%HERE%pom.xml" compile dependency:build-classpath -Dmdep.outputFile=target\classpath.txt -Dmdep.includeScope=runtime >&2
if errorlevel 1 exit /b 2
for /f "usebackq delims=" %%i in ("%HERE%target\classpath.txt") do set "DEPS=%%i"
java -cp "%HERE%target\classes;%DEPS%" org.careerroutes.app.Launcher %*
exit /b %ERRORLEVEL%
