package org.podium.account.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The code typed at the second step of a login (an app's code, or a recovery code). */
public record SecondFactorCredential(String code) implements Credential {}
