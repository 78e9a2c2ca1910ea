#Requires -Version 7.2
# How the cmdlets' own messages name a generic type: as PowerShell writes it (System.Collections.Generic.List[System.Int32]),
# not as Type.FullName does (List`1[[System.Int32, System.Private.CoreLib, Version=...]]). Unlike the other files, these
# tests read the text: the name in it is what they are about.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    $script:ListOfInt = 'System.Collections.Generic.List[System.Int32]'
}

AfterAll {
    Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Generic type names in the cmdlets'' messages' {
    It 'names the type of a missing session policy readably' {
        Remove-DeepCopyTypePolicy -Type 'System.Collections.Generic.List[int]' -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-Be -Expected 'TypePolicyNotFound,DeepCopy.RemoveDeepCopyTypePolicyCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-BeString -Expected "This session has no type policy for [$ListOfInt]." -Actual $failures[0].Exception.Message
    }

    It 'names the type, and the type of a value that is no policy, readably' {
        $failure = try { Copy-DeepObject @{ a = 1 } -TypePolicy @{ 'System.Collections.Generic.List[int]' = [Collections.Generic.List[string]]::new() } } catch { $_ }

        Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
        Should-MatchString -Expected ([regex]::Escape("The type policy for [$ListOfInt] is a [System.Collections.Generic.List[System.String]];")) -Actual $failure.Exception.Message
    }

    It 'names the type of a collection a copier unrolled readably' {
        $source = @{ list = [Collections.Generic.List[int]]::new([int[]](1, 2)) }

        $null = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.Generic.List[int]' = { param($list) $list } } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-Be -Expected 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-MatchString -Expected ([regex]::Escape("instead of one [$ListOfInt]")) -Actual $failures[0].Exception.Message
    }

    It 'names the type of a copier made in another runspace readably' {
        $shell = [powershell]::Create()
        try {
            $foreign = $shell.AddScript('{ param($list) , $list }').Invoke()[0]
        }
        finally {
            $shell.Dispose()
        }

        $failure = try { Copy-DeepObject @{ a = 1 } -TypePolicy @{ 'System.Collections.Generic.List[int]' = $foreign } } catch { $_ }

        Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
        Should-MatchString -Expected ([regex]::Escape("The copier script block for [$ListOfInt] was created in another runspace")) -Actual $failure.Exception.Message
    }

    It 'names the type of a shared object whose wrapper has members of its own readably' {
        $list = [Collections.Generic.List[int]]::new()
        $wrapped = Add-Member -InputObject $list -NotePropertyName Note -NotePropertyValue 1 -PassThru
        # A hashtable literal keeps the wrapper; a .NET method such as ArrayList.Add would be passed the bare list.
        $source = @{ a = $wrapped }

        $null = Copy-DeepObject -InputObject $source -TypePolicy @{ 'System.Collections.Generic.List[int]' = 'Share' } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-BeCollection -Count 1 -Actual $failures
        Should-MatchString -Expected ([regex]::Escape("it wraps a [$ListOfInt] that the copy shares with its source")) -Actual $failures[0].Exception.Message
    }

    It 'names the copied type in Copy-DeepObject -Verbose readably' {
        $verbose = Copy-DeepObject -InputObject ([Collections.Generic.List[int]]::new()) -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        Should-MatchString -Expected ([regex]::Escape("Copied a [$ListOfInt] with the Auto strategy")) -Actual $verbose.Message
    }

    It 'names the measured type in Measure-DeepCopy -Verbose readably' {
        $verbose = Measure-DeepCopy -InputObject ([Collections.Generic.List[int]]::new()) -Strategy Reflection -Iterations 1 -Warmup 0 -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        Should-MatchString -Expected ([regex]::Escape("Measuring 1 way of copying a [$ListOfInt].")) -Actual @($verbose)[0].Message
    }
}
