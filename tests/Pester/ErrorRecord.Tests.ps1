#Requires -Version 7.2
# Error records and exceptions through Copy-DeepObject: what $Error and catch blocks hold.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copying error records' {
    It 'copies the error of a failed .NET method call with <_>, its inner stack trace intact' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $strategy = $_
        # A .NET method called from script runs through PowerShell's generated call sites, so the inner exception's
        # stack trace holds the runtime's keep-alive objects for that code.
        $record = try { [int]::Parse('not a number') } catch { $_ }
        $inner = $record.Exception.InnerException
        Should-BeString -Expected 'FormatException' -Actual $inner.GetType().Name

        $copy = Copy-DeepObject -InputObject $record -Strategy $strategy

        Should-NotBeSame -Expected $record -Actual $copy
        Should-NotBeSame -Expected $inner -Actual $copy.Exception.InnerException
        Should-BeString -Expected $inner.StackTrace -Actual $copy.Exception.InnerException.StackTrace
        Should-BeString -Expected $record.FullyQualifiedErrorId -Actual $copy.FullyQualifiedErrorId
        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $record -DifferenceObject $copy).Count
    }

    It 'copies a session''s $Error list of mixed errors' {
        $errors = [System.Collections.ArrayList]::new()
        foreach ($fail in { [System.IO.File]::ReadAllText('/no/such/file') }, { Get-Item -Path '/no/such/item' -ErrorAction Stop }, { throw 'plain' }) {
            try { & $fail } catch { [void]$errors.Add($_) }
        }

        $copy = Copy-DeepObject -InputObject $errors

        Should-Be -Expected 3 -Actual $copy.Count
        Should-BeInOrder -Expected @($errors | ForEach-Object FullyQualifiedErrorId) -Actual @($copy | ForEach-Object FullyQualifiedErrorId)
        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $errors -DifferenceObject $copy).Count
    }
}
